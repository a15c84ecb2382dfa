package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.FeedPlanner.PlannedFeed;
import io.github.markfeed.page.Page;
import io.github.markfeed.page.PageReader;
import io.github.markfeed.page.Permalink;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPlannerTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/");

    @TempDir
    Path content;

    private final List<Page> pages = new ArrayList<>();
    private int day = 1;

    /** Adds a page one day newer than the previous one. */
    private void page(String relativePath, String... tags) throws IOException {
        Path file = content.resolve(relativePath);
        Files.createDirectories(file.getParent());
        String date = "2024-03-%02d".formatted(day++);
        Files.writeString(file, "---\ntitle: " + relativePath + "\ndate: " + date + "\ntags: [" + String.join(", ", tags)
                + "]\n---\nText.\n", StandardCharsets.UTF_8);
        ContentProblems problems = new ContentProblems();
        PageReader reader = new PageReader(SITE, Permalink.parse("/{path}.html"), ZoneOffset.UTC, null);
        pages.add(reader.read(new SourceFile(file, relativePath), problems));
        assertThat(problems.errors()).as("errors reading %s", relativePath).isEmpty();
    }

    private List<PlannedFeed> plan(int feedLimit, boolean tagFeeds, FeedSpec... customFeeds) {
        ChannelSettings channel = new ChannelSettings("Example Blog", "News", null, null, null, null, null, null, null, null, null, null);
        FeedOptions options = new FeedOptions(null, null, null, null, tagFeeds, List.of(customFeeds), null,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, null, false);
        SiteConfig config = SiteConfig.builder(SITE, content, content.resolveSibling("site"), channel)
                .feedLimit(feedLimit)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(Instant.parse("2030-01-01T00:00:00Z"))
                .feedOptions(options)
                .writeSitemap(true)
                .build();
        List<Page> dated = pages.stream().sorted(Generator.FEED_ORDER).toList();
        return new FeedPlanner(config).plan(dated);
    }

    private static FeedSpec custom(String id, FeedFilter filter, int limit) {
        return new FeedSpec(id, id, "Example Blog: " + id, "News", filter, limit, null, null);
    }

    private static List<String> sources(PlannedFeed feed) {
        return feed.pages().stream().map(page -> page.source().relativePath()).toList();
    }

    private PlannedFeed only(List<PlannedFeed> feeds, PlannedFeed.Kind kind) {
        List<PlannedFeed> ofKind = feeds.stream().filter(feed -> feed.kind() == kind).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    @Test
    void tagSlug_accentsRemoved() {
        assertThat(FeedPlanner.tagSlug("Café")).isEqualTo("cafe");
        assertThat(FeedPlanner.tagSlug("ÉTÉ Señor")).isEqualTo("ete-senor");
    }

    @Test
    void tagSlug_spacesAndPunctuation_oneDash() {
        assertThat(FeedPlanner.tagSlug("Hello, World!")).isEqualTo("hello-world");
        assertThat(FeedPlanner.tagSlug("  Java 21 / Loom  ")).isEqualTo("java-21-loom");
        assertThat(FeedPlanner.tagSlug("snake_case.and.dots")).isEqualTo("snake-case-and-dots");
    }

    @Test
    void tagSlug_cyrillicKeptAsLetters() {
        assertThat(FeedPlanner.tagSlug("Привет Мир")).isEqualTo("привет-мир");
    }

    @Test
    void tagSlug_otherScriptsKept() {
        assertThat(FeedPlanner.tagSlug("中文")).isEqualTo("中文");
    }

    @Test
    void tagSlug_compatibilityLigature_decomposed() {
        assertThat(FeedPlanner.tagSlug("ﬁle")).isEqualTo("file");
    }

    @Test
    void tagSlug_onlySymbols_hexForm() {
        assertThat(FeedPlanner.tagSlug("++")).isEqualTo("tag-2b-2b");
        assertThat(FeedPlanner.tagSlug("\uD83D\uDE80")).isEqualTo("tag-1f680");
    }

    @Test
    void tagSlug_cPlusPlusAndC_sameSlug() {
        assertThat(FeedPlanner.tagSlug("C++")).isEqualTo("c");
        assertThat(FeedPlanner.tagSlug("c")).isEqualTo("c");
    }

    @Test
    void tagFeeds_cPlusPlusAndC_mergedIntoOneFeed() throws Exception {
        page("a.md", "c");
        page("b.md", "C++");

        List<PlannedFeed> feeds = plan(0, true);

        List<PlannedFeed> tagFeeds = feeds.stream().filter(feed -> feed.kind() == PlannedFeed.Kind.TAG).toList();
        assertThat(tagFeeds).hasSize(1);
        assertThat(tagFeeds.get(0).spec().directory()).isEqualTo("tags/c");
        assertThat(tagFeeds.get(0).spec().title()).isEqualTo("Example Blog: C++");
        assertThat(sources(tagFeeds.get(0))).containsExactly("b.md", "a.md");
    }

    @Test
    void plan_mainFeedFirstWithAllPages() throws Exception {
        page("a.md");
        page("b.md");
        page("c.md");

        List<PlannedFeed> feeds = plan(0, false);

        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).kind()).isEqualTo(PlannedFeed.Kind.MAIN);
        assertThat(feeds.get(0).spec().directory()).isEmpty();
        assertThat(feeds.get(0).spec().title()).isEqualTo("Example Blog");
        assertThat(sources(feeds.get(0))).containsExactly("c.md", "b.md", "a.md");
    }

    @Test
    void plan_mainFeedLimit_newestOnly() throws Exception {
        page("a.md");
        page("b.md");
        page("c.md");

        List<PlannedFeed> feeds = plan(2, false);

        assertThat(sources(feeds.get(0))).containsExactly("c.md", "b.md");
    }

    @Test
    void tagFeeds_oneFeedPerTagSortedBySlug() throws Exception {
        page("a.md", "Java", "Café");
        page("b.md", "java");
        page("c.md", "Rust");

        List<PlannedFeed> feeds = plan(0, true);

        assertThat(feeds).extracting(feed -> feed.spec().directory())
                .containsExactly("", "tags/cafe", "tags/java", "tags/rust");
        assertThat(feeds).extracting(PlannedFeed::kind).containsExactly(
                PlannedFeed.Kind.MAIN, PlannedFeed.Kind.TAG, PlannedFeed.Kind.TAG, PlannedFeed.Kind.TAG);
    }

    @Test
    void tagFeeds_spellingsOfOneSlug_shareAFeed() throws Exception {
        page("a.md", "Java");
        page("b.md", "java");
        page("c.md", "Rust");

        PlannedFeed java = plan(0, true).stream()
                .filter(feed -> feed.spec().directory().equals("tags/java"))
                .findFirst()
                .orElseThrow();

        assertThat(sources(java)).containsExactly("b.md", "a.md");
        assertThat(java.spec().title()).isEqualTo("Example Blog: java");
    }

    @Test
    void tagFeeds_useMainFeedLimit() throws Exception {
        page("a.md", "java");
        page("b.md", "java");
        page("c.md", "java");

        PlannedFeed java = only(plan(2, true), PlannedFeed.Kind.TAG);

        assertThat(sources(java)).containsExactly("c.md", "b.md");
    }

    @Test
    void tagFeeds_off_noTagFeeds() throws Exception {
        page("a.md", "java");

        assertThat(plan(0, false)).extracting(PlannedFeed::kind).containsExactly(PlannedFeed.Kind.MAIN);
    }

    @Test
    void customFeed_tagsMatchAny() throws Exception {
        page("a.md", "java");
        page("b.md", "kotlin");
        page("c.md", "rust");
        page("d.md");

        PlannedFeed feed = only(plan(0, false, custom("jvm", new FeedFilter(List.of("java", "kotlin"), null, null), 0)),
                PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("b.md", "a.md");
    }

    @Test
    void customFeed_pathGlob_directAndNestedFiles() throws Exception {
        page("blog/direct.md");
        page("blog/2024/nested.md");
        page("blogger/other.md");
        page("top.md");

        PlannedFeed feed = only(plan(0, false, custom("blog", new FeedFilter(null, List.of("blog/**"), null), 0)),
                PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("blog/2024/nested.md", "blog/direct.md");
    }

    @Test
    void customFeed_severalGlobs_matchAny() throws Exception {
        page("blog/a.md");
        page("news/b.md");
        page("docs/c.md");

        PlannedFeed feed = only(plan(0, false, custom("mixed", new FeedFilter(null, List.of("blog/*.md", "news/**"), null), 0)),
                PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("news/b.md", "blog/a.md");
    }

    @Test
    void customFeed_leadingDoubleStarGlob_matchesTopLevel() throws Exception {
        page("release-1.md");
        page("archive/release-0.md");
        page("notes.md");

        PlannedFeed feed = only(plan(0, false, custom("releases", new FeedFilter(null, List.of("**/release-*.md"), null), 0)),
                PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("archive/release-0.md", "release-1.md");
    }

    @Test
    void customFeed_section_firstFolderOnly() throws Exception {
        page("news/a.md");
        page("news/2024/b.md");
        page("news.md");
        page("other/news/c.md");

        PlannedFeed feed = only(plan(0, false, custom("news", new FeedFilter(null, null, "news"), 0)), PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("news/2024/b.md", "news/a.md");
    }

    @Test
    void customFeed_allConditions_mustHold() throws Exception {
        page("blog/a.md", "java");
        page("blog/b.md", "rust");
        page("news/c.md", "java");
        page("blog/drafts/d.md", "java");

        FeedFilter filter = new FeedFilter(List.of("java"), List.of("blog/*.md", "news/*.md"), "blog");
        PlannedFeed feed = only(plan(0, false, custom("java-blog", filter, 0)), PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("blog/a.md");
    }

    @Test
    void customFeed_ownLimit_newestMatchingPages() throws Exception {
        page("blog/a.md");
        page("blog/b.md");
        page("blog/c.md");
        page("news/d.md");
        page("news/e.md");

        PlannedFeed feed = only(plan(1, false, custom("blog", new FeedFilter(null, List.of("blog/**"), null), 2)),
                PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).containsExactly("blog/c.md", "blog/b.md");
    }

    @Test
    void customFeed_limitZero_allMatchingPages() throws Exception {
        page("blog/a.md");
        page("blog/b.md");
        page("blog/c.md");

        PlannedFeed feed = only(plan(1, false, custom("blog", FeedFilter.ALL, 0)), PlannedFeed.Kind.CUSTOM);

        assertThat(sources(feed)).hasSize(3);
    }

    @Test
    void customFeed_noMatch_emptyFeedStillPlanned() throws Exception {
        page("blog/a.md");

        PlannedFeed feed = only(plan(0, false, custom("empty", new FeedFilter(List.of("nothing"), null, null), 0)),
                PlannedFeed.Kind.CUSTOM);

        assertThat(feed.pages()).isEmpty();
    }

    @Test
    void plan_order_mainTagsThenCustom() throws Exception {
        page("blog/a.md", "java");

        List<PlannedFeed> feeds = plan(0, true, custom("second", FeedFilter.ALL, 0), custom("first", FeedFilter.ALL, 0));

        assertThat(feeds).extracting(feed -> feed.spec().id()).containsExactly("main", "tag java", "second", "first");
    }
}
