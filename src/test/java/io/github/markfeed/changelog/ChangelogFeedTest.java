package io.github.markfeed.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangelogFeedTest {

    private static final String PAGE = "https://example.org/changelog/";

    private final List<String> warnings = new ArrayList<>();

    private static ChangelogFeed feed(String itemTitle, String releaseUrl, ZoneId zone) {
        ChangelogFeed.Settings settings =
                new ChangelogFeed.Settings("Tool", itemTitle, releaseUrl, PAGE, "", zone, 200, null);
        return new ChangelogFeed(new MarkdownRenderer(), new LinkRewriter(Map.of("guide.md", "https://example.org/guide.html")::get), settings);
    }

    private static ChangelogFeed feed() {
        return feed("{name} {version}", null, ZoneOffset.UTC);
    }

    private static Release release(String version, String date, String markdown, String linkUrl) {
        return new Release(version, version, date == null ? null : LocalDate.parse(date), false, 1,
                version.replace(".", "") + "---" + date, markdown, linkUrl);
    }

    private List<FeedItem> items(List<Release> releases, String definitions) {
        return feed().items(releases, definitions, warnings::add);
    }

    @Test
    void ids_distinctForSameDay() {
        List<FeedItem> items = items(List.of(
                release("1.0.1", "2024-03-10", "- Fix.\n", null),
                release("1.0.0", "2024-03-10", "- First.\n", null)), "");

        assertThat(items.get(0).url()).isEqualTo(PAGE + "#release-1.0.1");
        assertThat(items.get(1).url()).isEqualTo(PAGE + "#release-1.0.0");
    }

    @Test
    void ids_stableAcrossDateAndOrder() {
        FeedItem before = items(List.of(release("2.0.0", "2024-01-01", "- A.\n", null)), "").get(0);
        FeedItem after = items(List.of(
                release("2.1.0", "2024-05-05", "- B.\n", null),
                release("2.0.0", "2024-01-02", "- A changed.\n", "https://example.org/v2")), "").get(1);

        assertThat(after.url()).isEqualTo(before.url());
    }

    @Test
    void id_encodesBuildMetadata() {
        FeedItem item = items(List.of(release("1.0.0+build.5", "2024-01-01", "", null)), "").get(0);

        assertThat(item.url()).isEqualTo(PAGE + "#release-1.0.0%2Bbuild.5");
    }

    @Test
    void title_defaultPattern() {
        FeedItem item = items(List.of(release("1.2.0", "2024-03-10", "- A.\n", null)), "").get(0);

        assertThat(item.title()).isEqualTo("Tool 1.2.0");
    }

    @Test
    void title_customPatternAndYanked() {
        Release yanked = new Release("1.1.1", "1.1.1", LocalDate.parse("2024-02-20"), true, 3, "a", "- Bad.\n", null);

        FeedItem item = feed("Release {version} of {name} ({date})", null, ZoneOffset.UTC)
                .items(List.of(yanked), "", warnings::add).get(0);

        assertThat(item.title()).isEqualTo("Release 1.1.1 of Tool (2024-02-20) [YANKED]");
    }

    @Test
    void link_releaseUrlFirst() {
        FeedItem item = feed("{name} {version}", "https://github.com/acme/tool/releases/tag/v{version}", ZoneOffset.UTC)
                .items(List.of(release("1.2.0", "2024-03-10", "", "https://example.org/compare")), "", warnings::add)
                .get(0);

        assertThat(item.link()).isEqualTo("https://github.com/acme/tool/releases/tag/v1.2.0");
    }

    @Test
    void link_referenceSecond() {
        FeedItem item = items(List.of(release("1.2.0", "2024-03-10", "", "https://example.org/compare/v1...v2")), "").get(0);

        assertThat(item.link()).isEqualTo("https://example.org/compare/v1...v2");
    }

    @Test
    void link_relativeReferenceResolved() {
        FeedItem item = items(List.of(release("1.2.0", "2024-03-10", "", "../releases/1.2.0")), "").get(0);

        assertThat(item.link()).isEqualTo("https://example.org/releases/1.2.0");
    }

    @Test
    void link_anchorLast() {
        FeedItem item = items(List.of(release("1.2.0", "2024-03-10", "", null)), "").get(0);

        assertThat(item.link()).isEqualTo(PAGE + "#120---2024-03-10");
    }

    @Test
    void published_midnightInZone() {
        FeedItem item = feed("{name} {version}", null, ZoneId.of("Europe/Berlin"))
                .items(List.of(release("1.2.0", "2024-03-10", "", null)), "", warnings::add).get(0);

        assertThat(item.published()).isEqualTo(Instant.parse("2024-03-09T23:00:00Z"));
    }

    @Test
    void content_linksResolved() {
        FeedItem item = items(List.of(release("1.2.0", "2024-03-10",
                "- See the [guide](guide.md), [notes](notes/a.html) and [#12][issue].\n", null)),
                "[issue]: https://github.com/acme/tool/issues/12\n").get(0);

        assertThat(item.contentHtml()).contains("href=\"https://example.org/guide.html\"");
        assertThat(item.contentHtml()).contains("href=\"https://example.org/changelog/notes/a.html\"");
        assertThat(item.contentHtml()).contains("href=\"https://github.com/acme/tool/issues/12\"");
        assertThat(item.contentHtml()).doesNotContain("[issue]");
        assertThat(warnings).isEmpty();
    }

    @Test
    void description_countsAndFirstEntries() {
        FeedItem item = items(List.of(release("1.2.0", "2024-03-10", """
                ### Added

                - Export to CSV.
                - Dark theme.
                - Plugin hooks.

                ### Fixed

                - Crash on start.
                  - Nested detail.
                - Wrong totals.
                """, null)), "").get(0);

        assertThat(item.description()).isEqualTo(
                "Added 3, Fixed 2: Export to CSV.; Dark theme.; Plugin hooks.; Crash on start.; Wrong totals.");
    }

    @Test
    void description_cutNear300() {
        StringBuilder markdown = new StringBuilder("### Changed\n\n");
        for (int i = 0; i < 40; i++) {
            markdown.append("- Entry number ").append(i).append(" with a few words.\n");
        }

        String description = items(List.of(release("1.0.0", "2024-01-01", markdown.toString(), null)), "")
                .get(0).description();

        assertThat(description).startsWith("Changed 40: Entry number 0 with a few words.;");
        assertThat(description).hasSizeLessThanOrEqualTo(ChangelogFeed.SUMMARY_LENGTH);
        assertThat(description).endsWith("\u2026");
    }

    @Test
    void description_paragraphWithoutList() {
        FeedItem item = items(List.of(release("1.0.0", "2024-01-01", "A *small* bug-fix release.\n", null)), "").get(0);

        assertThat(item.description()).isEqualTo("A small bug-fix release.");
    }

    @Test
    void emptySection_noContent() {
        FeedItem item = items(List.of(release("1.0.0", "2024-01-01", "", null)), "").get(0);

        assertThat(item.contentHtml()).isNull();
        assertThat(item.description()).isNull();
    }
}
