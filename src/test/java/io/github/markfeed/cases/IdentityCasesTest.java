package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItem;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Item ids, self links, language and authors: what identifies a feed and its items. */
class IdentityCasesTest {

    @TempDir
    Path work;

    @Test
    void guids_absoluteAndDistinctForSameTitle() throws Exception {
        SiteBuild site = SiteBuild.ofCase("018-guid-absolute-and-stable", work).run();

        Document rss = site.rss();
        assertThat(values(rss, "//item/guid"))
                .containsExactly("https://example.org/posts/weekly-notes-2/", "https://example.org/posts/weekly-notes-1/");
        assertThat(values(rss, "//item/guid/@isPermaLink")).doesNotContain("false");
    }

    @Test
    void guids_stableAcrossTimeZoneMtimeAndNewPosts() throws Exception {
        SiteBuild first = SiteBuild.ofCase("018-guid-absolute-and-stable", work.resolve("first")).run();
        List<String> before = values(first.rss(), "//item/guid");

        SiteBuild second = SiteBuild.ofCase("018-guid-absolute-and-stable", work.resolve("second"));
        for (String name : new String[] {"weekly-notes-1.md", "weekly-notes-2.md"}) {
            Files.setLastModifiedTime(second.contentDirectory().resolve(name), FileTime.from(Instant.now()));
        }
        Files.writeString(second.contentDirectory().resolve("weekly-notes-3.md"),
                "---\ntitle: Weekly notes\ndate: 2024-03-15T10:00:00Z\nslug: weekly-notes-3\n---\nWeek three.\n");
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second.run();
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(values(second.rss(), "//item/guid")).endsWith(before.toArray(String[]::new));
        assertThat(values(second.rss(), "//item/guid")).hasSize(3);
    }

    @Test
    void selfLink_pointsAtWrittenFile() throws Exception {
        SiteBuild site = SiteBuild.ofCase("021-self-links-and-language", work).language("de-DE").run();

        Document rss = site.rss();
        assertThat(value(rss, "/rss/channel/atom:link[@rel='self']/@href")).isEqualTo("https://example.org/rss.xml");
        assertThat(value(rss, "/rss/channel/atom:link[@rel='self']/@type")).isEqualTo("application/rss+xml");
        assertThat(value(rss, "/rss/channel/link")).isEqualTo("https://example.org/");
        assertThat(value(rss, "/rss/channel/language")).isEqualTo("de-DE");
        assertThat(site.text("rss.xml")).contains("xmlns:atom=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void selfLink_followsConfiguredFileName() throws Exception {
        SiteBuild site = SiteBuild.ofCase("021-self-links-and-language", work).rssFile("feeds/main.xml").run();

        assertThat(value(site.xml("feeds/main.xml"), "/rss/channel/atom:link[@rel='self']/@href"))
                .isEqualTo("https://example.org/feeds/main.xml");
    }

    @Test
    void authors_writtenAsDcCreatorNeverAsRssAuthor() throws Exception {
        SiteBuild site = SiteBuild.ofCase("024-author-dc-creator", work).author("John Roe").run();

        Document rss = site.rss();
        assertThat(value(rss, "//item[link='https://example.org/posts/by-jane/']/dc:creator")).isEqualTo("Jane Doe");
        assertThat(value(rss, "//item[link='https://example.org/posts/default-author/']/dc:creator")).isEqualTo("John Roe");
        assertThat(values(rss, "//item/author")).isEmpty();
        assertThat(site.text("rss.xml")).contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
    }

    @Test
    void authors_withEmailAlsoWrittenAsRssAuthor() throws Exception {
        SiteBuild site = SiteBuild.ofCase("024-author-dc-creator", work);
        Path post = site.contentDirectory().resolve("by-jane.md");
        Files.writeString(post, Files.readString(post).replace("author: Jane Doe", "author: jane@example.org (Jane Doe)"));

        site.run();

        Document rss = site.rss();
        assertThat(value(rss, "//item[link='https://example.org/posts/by-jane/']/author"))
                .isEqualTo("jane@example.org (Jane Doe)");
        assertThat(value(rss, "//item[link='https://example.org/posts/by-jane/']/dc:creator")).isEqualTo("Jane Doe");
    }

    @Test
    void selfLink_atomSelfAndAlternate() throws Exception {
        SiteBuild site = SiteBuild.ofCase("021-self-links-and-language", work).language("de-DE").run();

        Document atom = site.atom();
        assertThat(value(atom, "/atom:feed/atom:link[@rel='self']/@href")).isEqualTo("https://example.org/atom.xml");
        assertThat(value(atom, "/atom:feed/atom:link[@rel='self']/@type")).isEqualTo("application/atom+xml");
        assertThat(value(atom, "/atom:feed/atom:link[@rel='alternate']/@href")).isEqualTo("https://example.org/");
        assertThat(value(atom, "/atom:feed/atom:id")).isEqualTo("https://example.org/atom.xml");
    }

    @Test
    void language_atomXmlLang() throws Exception {
        SiteBuild site = SiteBuild.ofCase("021-self-links-and-language", work).language("de-DE").run();

        assertThat(site.atom().getDocumentElement().getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isIn("de-DE", "de-de");
    }

    @Test
    void selfLink_jsonFeedUrlAndLanguage() throws Exception {
        SiteBuild site = SiteBuild.ofCase("021-self-links-and-language", work).language("de-DE").run();

        Map<String, Object> json = site.json();
        assertThat(json.get("feed_url")).isEqualTo("https://example.org/feed.json");
        assertThat(json.get("home_page_url")).isEqualTo("https://example.org/");
        assertThat(json.get("language")).isEqualTo("de-DE");
    }

    @Test
    void selfLink_atomAndJsonFollowConfiguredFileNames() throws Exception {
        SiteBuild site = SiteBuild.ofCase("021-self-links-and-language", work)
                .atomFile("feeds/main.atom")
                .jsonFeedFile("feeds/main.json")
                .run();

        assertThat(value(site.xml("feeds/main.atom"), "/atom:feed/atom:link[@rel='self']/@href"))
                .isEqualTo("https://example.org/feeds/main.atom");
        assertThat(site.json("feeds/main.json").get("feed_url")).isEqualTo("https://example.org/feeds/main.json");
        assertThat(site.exists("atom.xml")).isFalse();
        assertThat(site.exists("feed.json")).isFalse();
    }

    @Test
    void authors_atomEntryAndFeedAuthor() throws Exception {
        SiteBuild site = SiteBuild.ofCase("024-author-dc-creator", work).author("John Roe").run();

        Document atom = site.atom();
        assertThat(value(atom, "//atom:entry[atom:id='https://example.org/posts/by-jane/']/atom:author/atom:name"))
                .isEqualTo("Jane Doe");
        assertThat(value(atom, "//atom:entry[atom:id='https://example.org/posts/default-author/']/atom:author/atom:name"))
                .isEqualTo("John Roe");
        assertThat(value(atom, "/atom:feed/atom:author/atom:name")).isEqualTo("John Roe");
        assertThat(values(atom, "//atom:author/atom:email")).isEmpty();
    }

    @Test
    void authors_jsonNameWithoutUrl() throws Exception {
        SiteBuild site = SiteBuild.ofCase("024-author-dc-creator", work).author("John Roe").run();

        Map<String, Object> json = site.json();
        assertThat(jsonItem(json, "https://example.org/posts/by-jane/").get("authors"))
                .isEqualTo(List.of(Map.of("name", "Jane Doe")));
        assertThat(jsonItem(json, "https://example.org/posts/default-author/").get("authors"))
                .isEqualTo(List.of(Map.of("name", "John Roe")));
    }

    @Test
    void authors_jsonMailtoWhenEmailKnown() throws Exception {
        SiteBuild site = SiteBuild.ofCase("024-author-dc-creator", work);
        Path post = site.contentDirectory().resolve("by-jane.md");
        Files.writeString(post, Files.readString(post).replace("author: Jane Doe", "author: jane@example.org (Jane Doe)"));

        site.run();

        assertThat(jsonItem(site.json(), "https://example.org/posts/by-jane/").get("authors"))
                .isEqualTo(List.of(Map.of("name", "Jane Doe", "url", "mailto:jane@example.org")));
        assertThat(value(site.atom(), "//atom:entry[atom:id='https://example.org/posts/by-jane/']/atom:author/atom:email"))
                .isEqualTo("jane@example.org");
    }
}
