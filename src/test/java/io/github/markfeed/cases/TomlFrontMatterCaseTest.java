package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItem;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** TOML front matter between {@code +++} lines, with a local date and an offset date-time. */
class TomlFrontMatterCaseTest {

    private static final String CASE = "008-toml-front-matter";
    private static final String THIRD = "https://example.org/posts/third/";
    private static final String FOURTH = "https://example.org/posts/fourth/";

    /** The posts are dated 2026-03-09, so the build must start later for them to be published. */
    private static final Instant BUILD_START = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path work;

    private SiteBuild buildUnder(String jvmZone) throws Exception {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(jvmZone)));
        try {
            return SiteBuild.ofCase(CASE, work.resolve(jvmZone.replace('/', '-'))).buildStart(BUILD_START).run();
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void seoulAndUtc_identicalBytes() throws Exception {
        SiteBuild seoul = buildUnder("Asia/Seoul");
        SiteBuild utc = buildUnder("UTC");

        for (String file : List.of("rss.xml", "atom.xml", "feed.json", "sitemap.xml")) {
            assertThat(seoul.bytes(file)).as("bytes of %s", file).isEqualTo(utc.bytes(file));
        }
    }

    @Test
    void titles_fromToml() throws Exception {
        Document rss = buildUnder("Asia/Seoul").rss();

        assertThat(value(rss, "//item[link='" + THIRD + "']/title")).isEqualTo("Third post");
        assertThat(value(rss, "//item[link='" + FOURTH + "']/title")).isEqualTo("Fourth post");
    }

    @Test
    void rssPubDate_twoDigitDay() throws Exception {
        Document rss = buildUnder("Asia/Seoul").rss();

        assertThat(value(rss, "//item[link='" + THIRD + "']/pubDate")).isEqualTo("Mon, 09 Mar 2026 00:00:00 GMT");
        assertThat(value(rss, "//item[link='" + FOURTH + "']/pubDate")).isEqualTo("Mon, 09 Mar 2026 03:00:00 GMT");
    }

    @Test
    void atomPublished_utc() throws Exception {
        Document atom = buildUnder("Asia/Seoul").atom();

        assertThat(value(atom, "//atom:entry[atom:id='" + THIRD + "']/atom:published")).isEqualTo("2026-03-09T00:00:00Z");
        assertThat(value(atom, "//atom:entry[atom:id='" + FOURTH + "']/atom:published")).isEqualTo("2026-03-09T03:00:00Z");
    }

    @Test
    void order_fourthFirst() throws Exception {
        Document rss = buildUnder("UTC").rss();

        assertThat(values(rss, "//item/link")).containsExactly(FOURTH, THIRD);
    }

    @Test
    void rssCategories_fromArray() throws Exception {
        Document rss = buildUnder("UTC").rss();

        assertThat(values(rss, "//item[link='" + THIRD + "']/category")).containsExactly("toml", "dates");
    }

    @Test
    void atomCategories_fromArray() throws Exception {
        Document atom = buildUnder("UTC").atom();

        assertThat(values(atom, "//atom:entry[atom:id='" + THIRD + "']/atom:category/@term")).containsExactly("toml", "dates");
    }

    @Test
    void jsonTags_fromArray() throws Exception {
        Map<String, Object> json = buildUnder("UTC").json();

        assertThat(jsonItem(json, THIRD).get("tags")).isEqualTo(List.of("toml", "dates"));
    }

    @Test
    void content_withoutFrontMatter() throws Exception {
        SiteBuild site = buildUnder("UTC");

        for (String file : List.of("rss.xml", "atom.xml", "feed.json")) {
            assertThat(site.text(file)).as(file).doesNotContain("+++");
            assertThat(site.text(file)).as(file).doesNotContain("title =");
        }
    }

    @Test
    void content_bodyRendered() throws Exception {
        Document rss = buildUnder("UTC").rss();

        assertThat(value(rss, "//item[link='" + THIRD + "']/content:encoded")).contains("Body of the third post.");
    }
}
