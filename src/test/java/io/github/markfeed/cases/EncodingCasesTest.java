package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItemValues;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Byte-level input (BOM, CRLF), non-ASCII URLs, and enclosures. */
class EncodingCasesTest {

    @TempDir
    Path work;

    @Test
    void bomAndCrlf_frontMatterRecognised() throws Exception {
        SiteBuild site = SiteBuild.ofCase("025-bom-and-crlf-front-matter", work).run();

        Document rss = site.rss();
        assertThat(values(rss, "//item/title")).containsExactly("BOM and CRLF post", "CRLF post", "BOM post");
        assertThat(values(rss, "//item/description"))
                .containsExactly("Parsed from bom-crlf-post.", "Parsed from crlf-post.", "Parsed from bom-post.");
        assertThat(values(rss, "//item/pubDate")).containsExactly(
                "Wed, 03 Apr 2024 10:00:00 GMT", "Tue, 02 Apr 2024 10:00:00 GMT", "Mon, 01 Apr 2024 10:00:00 GMT");
        assertThat(values(site.sitemap(), "//sm:loc")).containsExactly(
                "https://example.org/posts/bom-crlf-post/",
                "https://example.org/posts/bom-post/",
                "https://example.org/posts/crlf-post/");
    }

    @Test
    void bomAndCrlf_leaveNoTraceInOutput() throws Exception {
        SiteBuild site = SiteBuild.ofCase("025-bom-and-crlf-front-matter", work).run();

        String raw = site.text("rss.xml");
        assertThat(raw).doesNotContain("\uFEFF", "\r", "&#13;", "&#xD;", "%0D");
        for (String content : values(site.rss(), "//item/content:encoded")) {
            assertThat(content).doesNotContain("---", "title:", "slug:");
        }
        assertThat(values(site.rss(), "//item/content:encoded"))
                .anyMatch(content -> content.contains("Body of bom-post."));
    }

    @Test
    void nonAsciiUrls_percentEncodedOnce() throws Exception {
        SiteBuild site = SiteBuild.ofCase("026-sitemap-url-encoding", work).run();

        assertThat(values(site.sitemap(), "//sm:loc")).containsExactly(
                "https://example.org/posts/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/",
                "https://example.org/posts/%E4%B8%AD%E6%96%87%E8%B7%AF%E5%BE%84/",
                "https://example.org/posts/caf%C3%A9/",
                "https://example.org/posts/hello%20world/");
        assertThat(site.text("sitemap.xml")).doesNotContain("%25", "+");
    }

    @Test
    void nonAsciiUrls_sameInFeedAndSitemap() throws Exception {
        SiteBuild site = SiteBuild.ofCase("026-sitemap-url-encoding", work).run();

        Document rss = site.rss();
        assertThat(values(rss, "//item/link")).containsExactlyInAnyOrderElementsOf(values(site.sitemap(), "//sm:loc"));
        assertThat(values(rss, "//item/guid")).isEqualTo(values(rss, "//item/link"));
        assertThat(values(rss, "//item/title")).contains("Привет", "中文路径示例", "Café");
    }

    @Test
    void enclosure_localImageHasLengthAndType() throws Exception {
        SiteBuild site = SiteBuild.ofCase("023-enclosure-and-media", work).run();

        Document rss = site.rss();
        String item = "//item[link='https://example.org/posts/local-cover/']";
        assertThat(value(rss, item + "/enclosure/@url")).isEqualTo("https://example.org/posts/local-cover/cover.png");
        assertThat(value(rss, item + "/enclosure/@length")).isEqualTo("69");
        assertThat(value(rss, item + "/enclosure/@type")).isEqualTo("image/png");
        assertThat(value(rss, item + "/media:content/@medium")).isEqualTo("image");
        assertThat(value(rss, item + "/media:content/@type")).isEqualTo("image/png");
    }

    @Test
    void enclosure_remoteImageKeepsQueryAmpersand() throws Exception {
        SiteBuild site = SiteBuild.ofCase("023-enclosure-and-media", work).run();

        Document rss = site.rss();
        String item = "//item[link='https://example.org/posts/remote-cover/']";
        assertThat(value(rss, item + "/enclosure/@url")).isEqualTo("https://cdn.example.net/img/cover.jpg?w=800&h=400");
        assertThat(value(rss, item + "/enclosure/@length")).isEqualTo("0");
        assertThat(value(rss, item + "/enclosure/@type")).isEqualTo("image/jpeg");
        assertThat(value(rss, item + "/media:content/@url")).isEqualTo("https://cdn.example.net/img/cover.jpg?w=800&h=400");
        assertThat(site.text("rss.xml")).contains("url=\"https://cdn.example.net/img/cover.jpg?w=800&amp;h=400\"");
        assertThat(values(rss, "//item[count(enclosure) > 1]")).isEmpty();
    }

    @Test
    void nonAsciiUrls_sameInAtomAndSitemap() throws Exception {
        SiteBuild site = SiteBuild.ofCase("026-sitemap-url-encoding", work).run();

        Document atom = site.atom();
        List<String> sitemap = values(site.sitemap(), "//sm:loc");
        assertThat(values(atom, "//atom:entry/atom:id")).containsExactlyInAnyOrderElementsOf(sitemap);
        assertThat(values(atom, "//atom:entry/atom:link[@rel='alternate']/@href")).isEqualTo(values(atom, "//atom:entry/atom:id"));
        assertThat(site.text("atom.xml")).doesNotContain("%25");
    }

    @Test
    void nonAsciiUrls_sameInJsonAndSitemap() throws Exception {
        SiteBuild site = SiteBuild.ofCase("026-sitemap-url-encoding", work).run();

        Map<String, Object> json = site.json();
        List<String> sitemap = values(site.sitemap(), "//sm:loc");
        assertThat(jsonItemValues(json, "id")).containsExactlyInAnyOrderElementsOf(sitemap);
        assertThat(jsonItemValues(json, "url")).isEqualTo(jsonItemValues(json, "id"));
        assertThat(site.text("feed.json")).doesNotContain("%25");
    }

    @Test
    void nonAsciiTitles_keptAsCharactersInAtomAndJson() throws Exception {
        SiteBuild site = SiteBuild.ofCase("026-sitemap-url-encoding", work).run();

        assertThat(values(site.atom(), "//atom:entry/atom:title")).contains("Привет", "中文路径示例", "Café");
        assertThat(jsonItemValues(site.json(), "title")).contains("Привет", "中文路径示例", "Café");
        assertThat(site.text("feed.json")).contains("\"title\": \"Привет\"");
        assertThat(site.text("atom.xml")).contains(">中文路径示例</title>");
    }
}
