package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.BuildLog;
import io.github.markfeed.core.ChannelSettings;
import io.github.markfeed.core.FeedOptions;
import io.github.markfeed.core.Generator;
import io.github.markfeed.core.SiteConfig;
import io.github.markfeed.core.SitemapOptions;
import io.github.markfeed.sitemap.SitemapWriter;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The non-ASCII and space URLs of case 026 under the trailingSlash rules never and always. */
class SitemapTrailingSlashCaseTest {

    @TempDir
    Path work;

    private SiteBuild build(String permalink, TrailingSlash rule) throws Exception {
        SiteBuild site = SiteBuild.ofCase("026-sitemap-url-encoding", work);
        ChannelSettings channel =
                new ChannelSettings("Example Blog", "Posts", null, null, null, null, null, null, null, null, null, null);
        SitemapOptions sitemapOptions = new SitemapOptions(SitemapWriter.MAX_URLS, SitemapWriter.MAX_BYTES, false, true,
                null, null, null, false, null, rule, false, null);
        SiteConfig config = SiteConfig.builder(
                        SiteUrl.parse("https://example.org/"),
                        site.contentDirectory(),
                        site.outputDirectory(),
                        channel)
                .includes(List.of())
                .excludes(List.of())
                .permalink(permalink)
                .displayDirectory(site.outputDirectory())
                .feedLimit(20)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(Instant.parse("2026-01-01T00:00:00Z"))
                .feedOptions(FeedOptions.defaults())
                .writeSitemap(true)
                .sitemapOptions(sitemapOptions)
                .build();
        new Generator(config, BuildLog.SILENT).generate();
        return site;
    }

    @Test
    void never_slashRemovedAndEncoded() throws Exception {
        SiteBuild site = build("/posts/{slug}/", TrailingSlash.NEVER);

        assertThat(values(site.sitemap(), "//sm:loc")).containsExactly(
                "https://example.org/posts/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82",
                "https://example.org/posts/%E4%B8%AD%E6%96%87%E8%B7%AF%E5%BE%84",
                "https://example.org/posts/caf%C3%A9",
                "https://example.org/posts/hello%20world");
    }

    @Test
    void always_slashAddedAndEncoded() throws Exception {
        SiteBuild site = build("/posts/{slug}", TrailingSlash.ALWAYS);

        assertThat(values(site.sitemap(), "//sm:loc")).containsExactly(
                "https://example.org/posts/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/",
                "https://example.org/posts/%E4%B8%AD%E6%96%87%E8%B7%AF%E5%BE%84/",
                "https://example.org/posts/caf%C3%A9/",
                "https://example.org/posts/hello%20world/");
    }

    @Test
    void never_feedLinksMatchSitemap() throws Exception {
        SiteBuild site = build("/posts/{slug}/", TrailingSlash.NEVER);

        assertThat(values(site.rss(), "//item/link")).containsExactlyInAnyOrderElementsOf(values(site.sitemap(), "//sm:loc"));
        assertThat(values(site.xml("atom.xml"), "//atom:entry/atom:id"))
                .containsExactlyInAnyOrderElementsOf(values(site.sitemap(), "//sm:loc"));
    }

    @Test
    void always_feedLinksMatchSitemap() throws Exception {
        SiteBuild site = build("/posts/{slug}", TrailingSlash.ALWAYS);

        assertThat(values(site.rss(), "//item/guid")).containsExactlyInAnyOrderElementsOf(values(site.sitemap(), "//sm:loc"));
    }

    @Test
    void always_noDoubleEncodingOrRawSpace() throws Exception {
        SiteBuild site = build("/posts/{slug}", TrailingSlash.ALWAYS);

        String sitemap = site.text("sitemap.xml");
        assertThat(sitemap).doesNotContain("%25");
        assertThat(sitemap).doesNotContain("hello world");
        assertThat(sitemap).doesNotContain("+");
    }
}
