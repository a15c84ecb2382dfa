package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItemValues;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.ChangelogOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Changelogs as feeds: yanked releases, Unreleased, headings without brackets and link references. */
class ChangelogCasesTest {

    @TempDir
    Path work;

    private static ChangelogOptions changelog(SiteBuild site, String pageUrl) {
        return new ChangelogOptions(site.contentDirectory().resolve("CHANGELOG.md"), null, null, null, null, "Example",
                null, null, pageUrl, 0);
    }

    private static SiteBuild build(String caseName, Path work, String pageUrl) throws Exception {
        SiteBuild site = SiteBuild.ofCase(caseName, work);
        return site.changelog(changelog(site, pageUrl)).run();
    }

    private static String item(String version) {
        return "//item[contains(title, '" + version + "')]";
    }

    @Test
    void yanked_buildSucceeds() throws Exception {
        SiteBuild site = build("031-changelog-yanked-release", work, null);

        assertThat(site.exists("changelog.xml")).isTrue();
        assertThat(site.log()).contains("[INFO] Wrote RSS feed 'changelog' with 3 items: changelog.xml");
    }

    @Test
    void yanked_itemMarkedWithDate() throws Exception {
        Document rss = build("031-changelog-yanked-release", work, null).xml("changelog.xml");

        assertThat(values(rss, "//item/title")).containsExactly("Example 1.2.0", "Example 1.1.1 [YANKED]", "Example 1.1.0");
        assertThat(values(rss, "//item/pubDate")).containsExactly(
                "Sun, 10 Mar 2024 00:00:00 GMT", "Tue, 20 Feb 2024 00:00:00 GMT", "Thu, 01 Feb 2024 00:00:00 GMT");
    }

    @Test
    void yanked_sectionBoundaries() throws Exception {
        Document rss = build("031-changelog-yanked-release", work, null).xml("changelog.xml");

        String newest = value(rss, item("1.2.0") + "/content:encoded");
        String yanked = value(rss, item("1.1.1") + "/content:encoded");
        String oldest = value(rss, item("1.1.0") + "/content:encoded");
        assertThat(newest).contains("Export to CSV.").doesNotContain("corrupt caches").doesNotContain("Faster start-up.");
        assertThat(yanked).contains("A fix that turned out to corrupt caches.").doesNotContain("Export to CSV.");
        assertThat(oldest).contains("Faster start-up.").doesNotContain("corrupt caches").doesNotContain("Export to CSV.");
    }

    @Test
    void yanked_noUnreleasedItem() throws Exception {
        Document rss = build("031-changelog-yanked-release", work, null).xml("changelog.xml");

        assertThat(values(rss, "//item/title")).noneMatch(title -> title.contains("Unreleased"));
        assertThat(values(rss, "//item/link")).noneMatch(link -> link.contains("HEAD"));
    }

    @Test
    void yanked_atomAndJsonAgree() throws Exception {
        SiteBuild site = build("031-changelog-yanked-release", work, null);

        List<String> rssIds = values(site.xml("changelog.xml"), "//item/guid");
        assertThat(values(site.xml("changelog-atom.xml"), "//atom:entry/atom:id")).isEqualTo(rssIds);
        assertThat(jsonItemValues(site.json("changelog.json"), "id")).isEqualTo(List.copyOf(rssIds));
        assertThat(values(site.xml("changelog-atom.xml"), "//atom:entry/atom:published")).first()
                .isEqualTo("2024-03-10T00:00:00Z");
    }

    @Test
    void unreleased_threeItemsNewestFirst() throws Exception {
        Document rss = build("032-changelog-unreleased-and-links", work, "https://example.org/changelog/").xml("changelog.xml");

        assertThat(values(rss, "//item/title")).containsExactly("Example 2.0.0", "Example 1.9.0", "Example 1.8.0");
        assertThat(values(rss, "//item/pubDate")).containsExactly(
                "Wed, 01 May 2024 00:00:00 GMT", "Mon, 15 Apr 2024 00:00:00 GMT", "Mon, 01 Apr 2024 00:00:00 GMT");
    }

    @Test
    void unreleased_notesInNoItem() throws Exception {
        SiteBuild site = build("032-changelog-unreleased-and-links", work, "https://example.org/changelog/");

        assertThat(site.text("changelog.xml").toLowerCase()).doesNotContain("dark mode");
        assertThat(site.text("changelog-atom.xml").toLowerCase()).doesNotContain("dark mode");
        assertThat(site.text("changelog.json").toLowerCase()).doesNotContain("dark mode");
    }

    @Test
    void links_byReferenceElseAnchor() throws Exception {
        Document rss = build("032-changelog-unreleased-and-links", work, "https://example.org/changelog/").xml("changelog.xml");

        assertThat(value(rss, item("2.0.0") + "/link")).isEqualTo("https://example.org/compare/v1.9.0...v2.0.0");
        assertThat(value(rss, item("1.9.0") + "/link")).isEqualTo("https://example.org/changelog/#190---2024-04-15");
        assertThat(value(rss, item("1.8.0") + "/link")).isEqualTo("https://example.org/releases/v1.8.0");
    }

    @Test
    void links_definitionsNotRendered() throws Exception {
        SiteBuild site = build("032-changelog-unreleased-and-links", work, "https://example.org/changelog/");

        assertThat(site.text("changelog.xml")).doesNotContain("[2.0.0]:").doesNotContain("[1.8.0]:");
        assertThat(values(site.xml("changelog.xml"), "//item/content:encoded"))
                .noneMatch(html -> html.contains("compare/v2.0.0...HEAD"));
    }

    @Test
    void content_subHeadingsKept() throws Exception {
        Document rss = build("032-changelog-unreleased-and-links", work, "https://example.org/changelog/").xml("changelog.xml");

        assertThat(value(rss, item("2.0.0") + "/content:encoded")).contains("Removed").contains("The legacy importer.");
        assertThat(value(rss, item("1.9.0") + "/content:encoded")).contains("Fixed").doesNotContain("legacy");
        assertThat(value(rss, item("1.8.0") + "/content:encoded")).contains("Added").contains("First public release.");
        assertThat(value(rss, item("2.0.0") + "/description")).isEqualTo("Removed 1: The legacy importer.");
    }

    @Test
    void guids_distinctAndStableAfterNewRelease() throws Exception {
        SiteBuild first = build("032-changelog-unreleased-and-links", work.resolve("first"), "https://example.org/changelog/");
        List<String> before = values(first.xml("changelog.xml"), "//item/guid");

        SiteBuild second = SiteBuild.ofCase("032-changelog-unreleased-and-links", work.resolve("second"));
        Path file = second.contentDirectory().resolve("CHANGELOG.md");
        Files.writeString(file, Files.readString(file).replace("## [2.0.0]", "## [2.1.0] - 2024-06-01\n\n- New.\n\n## [2.0.0]"));
        second.changelog(changelog(second, "https://example.org/changelog/")).run();
        List<String> after = values(second.xml("changelog.xml"), "//item/guid");

        assertThat(before).doesNotHaveDuplicates();
        assertThat(after).hasSize(4);
        assertThat(after.subList(1, 4)).isEqualTo(before);
    }
}
