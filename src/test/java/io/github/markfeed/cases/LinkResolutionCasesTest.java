package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Relative links, images and Markdown links in content, and sites served under a sub-path. */
class LinkResolutionCasesTest {

    @TempDir
    Path work;

    @Test
    void pageRelativeAssets_resolvedAgainstPageUrl() throws Exception {
        SiteBuild site = SiteBuild.ofCase("004-page-relative-assets-and-md-links", work).run();

        Document rss = site.rss();
        assertThat(values(rss, "//item/link"))
                .containsExactly("https://example.org/posts/tuning-build/", "https://example.org/posts/earlier-notes/");
        String content = value(rss, "//item[1]/content:encoded");
        assertThat(content).containsOnlyOnce("src=\"https://example.org/posts/tuning-build/assets/diagram.png\" alt=\"Build diagram\"");
        assertThat(content).contains("src=\"https://example.org/posts/tuning-build/assets/diagram.png\" alt=\"Same diagram\"");
        assertThat(content).doesNotContainPattern("(src|href)=\"(\\./|\\.\\./|[a-z-]+/)");
    }

    @Test
    void markdownLinks_becomeTargetPageUrls() throws Exception {
        SiteBuild site = SiteBuild.ofCase("004-page-relative-assets-and-md-links", work).run();

        String content = value(site.rss(), "//item[1]/content:encoded");
        assertThat(content).contains("href=\"https://example.org/posts/earlier-notes/\"");
        assertThat(content).contains("href=\"https://example.org/posts/earlier-notes/#second-half\"");
        assertThat(content).doesNotContain("index.md");
    }

    @Test
    void pageRelativeFeaturedImage_absoluteWithLocalLength() throws Exception {
        SiteBuild site = SiteBuild.ofCase("004-page-relative-assets-and-md-links", work).run();

        Document rss = site.rss();
        String imageUrl = "https://example.org/posts/tuning-build/assets/diagram.png";
        assertThat(value(rss, "//item[1]/enclosure/@url")).isEqualTo(imageUrl);
        assertThat(value(rss, "//item[1]/enclosure/@length"))
                .isEqualTo(String.valueOf(Files.size(site.contentDirectory().resolve("posts/tuning-build/assets/diagram.png"))));
        assertThat(value(rss, "//item[1]/media:content/@url")).isEqualTo(imageUrl);
    }

    @Test
    void subPathSiteUrl_sameOutputWithOrWithoutSlash() throws Exception {
        SiteBuild withoutSlash = SiteBuild.ofCase("006-subpath-base-url", work.resolve("a"))
                .siteUrl("https://example.org/docs")
                .run();
        SiteBuild withSlash = SiteBuild.ofCase("006-subpath-base-url", work.resolve("b"))
                .siteUrl("https://example.org/docs/")
                .run();

        assertThat(withSlash.bytes("rss.xml")).isEqualTo(withoutSlash.bytes("rss.xml"));
        assertThat(withSlash.bytes("sitemap.xml")).isEqualTo(withoutSlash.bytes("sitemap.xml"));
    }

    @Test
    void subPathSiteUrl_keepsPrefixEverywhere() throws Exception {
        SiteBuild site = SiteBuild.ofCase("006-subpath-base-url", work).siteUrl("https://example.org/docs").run();

        Document rss = site.rss();
        assertThat(value(rss, "/rss/channel/link")).isEqualTo("https://example.org/docs/");
        assertThat(value(rss, "//item/link")).isEqualTo("https://example.org/docs/posts/hello/");
        assertThat(value(rss, "/rss/channel/atom:link[@rel='self']/@href")).isEqualTo("https://example.org/docs/rss.xml");
        assertThat(values(site.sitemap(), "//sm:loc")).containsExactly("https://example.org/docs/posts/hello/");
        assertThat(value(rss, "//item/enclosure/@url")).isEqualTo("https://example.org/docs/posts/hello/img/cover.png");
    }

    @Test
    void subPathSiteUrl_rootRelativeLinksResolveAgainstHost() throws Exception {
        SiteBuild site = SiteBuild.ofCase("006-subpath-base-url", work).siteUrl("https://example.org/docs").run();

        String content = value(site.rss(), "//item/content:encoded");
        assertThat(content).contains("href=\"https://example.org/docs/\"");
        assertThat(content).contains("href=\"https://example.org/\"");
        assertThat(content).contains("src=\"https://example.org/docs/img/logo.png\"");
        assertThat(content).contains("src=\"https://example.org/docs/posts/hello/img/pic.png\"");
    }
}
