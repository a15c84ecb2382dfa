package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.TestJson;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.xmlunit.xpath.JAXPXPathEngine;

class GeneratorTest {

    private static final Instant BUILD_START = Instant.parse("2024-06-01T12:00:00Z");
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    @TempDir
    Path project;

    private final List<String> logLines = new ArrayList<>();

    private final BuildLog log = new BuildLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {
            logLines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            logLines.add("WARN " + message);
        }
    };

    private Path content() {
        return project.resolve("content");
    }

    private Path output() {
        return project.resolve("target/site");
    }

    private void page(String relativePath, String text) throws IOException {
        Path file = content().resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void createBlog() throws IOException {
        page("posts/2024-03-01-older.md", "---\ntitle: Older\n---\nOldest text.\n");
        page("posts/2024-03-05-b-tie.md", "---\ntitle: Tie B\n---\nSecond of the tie.\n");
        page("posts/2024-03-05-a-tie.md", "---\ntitle: Tie A\n---\nFirst of the tie.\n");
        page("posts/2024-03-10-newest.md",
                "---\ntitle: Newest\ntags: [java]\n---\nSee [about](../about.md#team).\n\n<!--more-->\n\nRest.\n");
        page("posts/draft.md", "---\ntitle: Draft\ndate: 2024-03-11\ndraft: true\n---\nNot yet.\n");
        page("posts/future.md", "---\ntitle: Future\ndate: 2030-01-01\n---\nLater.\n");
        page("about.md", "# About us\n\nWho we are.\n");
        page("hidden.md", "---\ntitle: Hidden\nsitemap: false\n---\n");
    }

    private SiteConfig config(int feedLimit, boolean includeFuture) {
        ChannelSettings channel = new ChannelSettings("Example Blog", "News", "en", null, null, null, null, null, null, null, null, null);
        return SiteConfig.builder(SiteUrl.parse("https://example.org/blog"), content(), output(), channel)
                .displayDirectory(project)
                .feedLimit(feedLimit)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(includeFuture)
                .buildTimestamp(Optional.of(Instant.parse("2024-06-01T00:00:00Z")))
                .buildStart(BUILD_START)
                .feedOptions(FeedOptions.defaults())
                .writeSitemap(true)
                .build();
    }

    private GenerationResult generate(int feedLimit) throws Exception {
        return new Generator(config(feedLimit, false), log).generate();
    }

    private ContentException generateExpectingContentErrors() {
        return catchThrowableOfType(ContentException.class, () -> generate(0));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> xpathList(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("s", SITEMAP_NS, "content", CONTENT_NS, "a", ATOM_NS, "atom", ATOM_NS));
        List<String> values = new ArrayList<>();
        engine.selectNodes(expression, new DOMSource(document)).forEach(node -> values.add(node.getTextContent()));
        return values;
    }

    private List<String> filesUnderOutput() throws IOException {
        if (!Files.exists(output())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(output())) {
            return files.filter(Files::isRegularFile).map(file -> output().relativize(file).toString()).sorted().toList();
        }
    }

    @Test
    void generate_feedNewestFirstTiesByPath() throws Exception {
        createBlog();

        GenerationResult result = generate(0);

        Document feed = parse(result.rssFile());
        assertThat(xpathList(feed, "/rss/channel/item/title")).containsExactly("Newest", "Tie A", "Tie B", "Older");
        assertThat(result.feedItems()).isEqualTo(4);
    }

    @Test
    void generate_feedLimit_keepsNewest() throws Exception {
        createBlog();

        GenerationResult result = generate(2);

        assertThat(xpathList(parse(result.rssFile()), "/rss/channel/item/title")).containsExactly("Newest", "Tie A");
        assertThat(result.feedItems()).isEqualTo(2);
    }

    @Test
    void generate_draftsAndFuturePages_leftOut() throws Exception {
        createBlog();

        GenerationResult result = generate(0);

        List<String> titles = xpathList(parse(result.rssFile()), "/rss/channel/item/title");
        assertThat(titles).doesNotContain("Draft", "Future");
        List<String> locations = xpathList(parse(result.sitemapFile()), "/s:urlset/s:url/s:loc");
        assertThat(locations).noneMatch(location -> location.contains("draft") || location.contains("future"));
        assertThat(result.publishedPages()).isEqualTo(6);
    }

    @Test
    void generate_includeFuture_futurePageFirst() throws Exception {
        createBlog();

        GenerationResult result = new Generator(config(0, true), log).generate();

        assertThat(xpathList(parse(result.rssFile()), "/rss/channel/item/title").get(0)).isEqualTo("Future");
    }

    @Test
    void generate_sitemap_publishedListedPagesSorted() throws Exception {
        createBlog();

        GenerationResult result = generate(0);

        assertThat(xpathList(parse(result.sitemapFile()), "/s:urlset/s:url/s:loc")).containsExactly(
                "https://example.org/blog/about.html",
                "https://example.org/blog/posts/2024-03-01-older.html",
                "https://example.org/blog/posts/2024-03-05-a-tie.html",
                "https://example.org/blog/posts/2024-03-05-b-tie.html",
                "https://example.org/blog/posts/2024-03-10-newest.html");
        assertThat(result.sitemapUrls()).isEqualTo(5);
    }

    @Test
    void generate_markdownLinkAndMoreMarker_inItem() throws Exception {
        createBlog();

        GenerationResult result = generate(1);

        Document feed = parse(result.rssFile());
        assertThat(xpathList(feed, "/rss/channel/item/content:encoded").get(0))
                .contains("href=\"https://example.org/blog/about.html#team\"");
        assertThat(xpathList(feed, "/rss/channel/item/description")).containsExactly("See about.");
    }

    @Test
    void generate_channelDatesAndSelfLink() throws Exception {
        createBlog();

        GenerationResult result = generate(0);

        Document feed = parse(result.rssFile());
        assertThat(xpathList(feed, "/rss/channel/pubDate")).containsExactly("Sun, 10 Mar 2024 00:00:00 GMT");
        assertThat(xpathList(feed, "/rss/channel/lastBuildDate")).containsExactly("Sat, 01 Jun 2024 00:00:00 GMT");
        assertThat(xpathList(feed, "/rss/channel/link")).containsExactly("https://example.org/blog/");
    }

    @Test
    void generate_logLines_countsAndRelativePaths() throws Exception {
        createBlog();

        generate(0);

        String rssPath = Path.of("target", "site", "rss.xml").toString();
        String sitemapPath = Path.of("target", "site", "sitemap.xml").toString();
        assertThat(logLines).anySatisfy(line -> assertThat(line).startsWith("INFO ").contains("4 items").endsWith(" " + rssPath));
        assertThat(logLines).anySatisfy(line -> assertThat(line).startsWith("INFO ").contains("5 URLs").endsWith(" " + sitemapPath));
    }

    @Test
    void generate_secondRun_unchangedFilesKeepTime() throws Exception {
        createBlog();
        GenerationResult first = generate(0);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first.rssFile(), old);

        generate(0);

        assertThat(Files.getLastModifiedTime(first.rssFile())).isEqualTo(old);
    }

    @Test
    void generate_duplicateUrls_errorNamingBothFiles() throws Exception {
        page("a.md", "---\ntitle: A\npermalink: /same.html\n---\n");
        page("b.md", "---\ntitle: B\npermalink: /same.html\n---\n");

        ContentException failure = generateExpectingContentErrors();

        assertThat(failure.problems()).hasSize(1);
        ContentProblem problem = failure.problems().get(0);
        assertThat(problem.file()).isEqualTo("b.md");
        assertThat(problem.message()).contains("https://example.org/blog/same.html");
        assertThat(problem.message()).contains("as a.md");
    }

    @Test
    void generate_duplicateUrlWithDraft_noError() throws Exception {
        page("a.md", "---\ntitle: A\npermalink: /same.html\n---\n");
        page("b.md", "---\ntitle: B\npermalink: /same.html\ndraft: true\n---\n");

        GenerationResult result = generate(0);

        assertThat(result.sitemapUrls()).isEqualTo(1);
    }

    @Test
    void generate_brokenFiles_allReported() throws Exception {
        createBlog();
        page("broken/no-title.md", "Just text.\n");
        page("broken/bad-yaml.md", "---\ntitle: [\n---\n");
        page("broken/bad-draft.md", "---\ntitle: T\ndraft: maybe\n---\n");
        Files.write(content().resolve("broken/latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9});
        page("dup/one.md", "---\ntitle: One\npermalink: /dup.html\n---\n");
        page("dup/two.md", "---\ntitle: Two\npermalink: /dup.html\n---\n");

        ContentException failure = generateExpectingContentErrors();

        assertThat(failure.problems()).extracting(ContentProblem::file).containsExactly(
                "broken/bad-draft.md", "broken/bad-yaml.md", "broken/latin1.md", "broken/no-title.md", "dup/two.md");
        assertThat(failure.getMessage()).startsWith("5 content errors");
        assertThat(failure.getMessage()).contains("broken/bad-draft.md:3:8: 'draft' must be true or false");
    }

    @Test
    void generate_contentError_nothingWritten() throws Exception {
        createBlog();
        page("broken.md", "---\ntitle: Broken\ndate: someday\n---\n");

        generateExpectingContentErrors();

        assertThat(filesUnderOutput()).isEmpty();
    }

    @Test
    void generate_contentError_earlierOutputsUntouched() throws Exception {
        createBlog();
        Files.createDirectories(output());
        Files.writeString(output().resolve("rss.xml"), "earlier feed");
        Files.writeString(output().resolve("sitemap.xml"), "earlier sitemap");
        page("broken.md", "no title here\n");

        generateExpectingContentErrors();

        assertThat(Files.readString(output().resolve("rss.xml"))).isEqualTo("earlier feed");
        assertThat(Files.readString(output().resolve("sitemap.xml"))).isEqualTo("earlier sitemap");
        assertThat(filesUnderOutput()).containsExactly("rss.xml", "sitemap.xml");
    }

    @Test
    void generate_forbiddenCharacterWarning_loggedWithFile() throws Exception {
        page("2024-01-01-bell.md", "---\ntitle: Bell\n---\nDing\u0007\n");

        generate(0);

        assertThat(logLines).anySatisfy(line -> assertThat(line).startsWith("WARN 2024-01-01-bell.md: removed 1 character"));
    }

    @Test
    void generate_noPages_emptyFeedNoSitemap() throws Exception {
        Files.createDirectories(content());

        GenerationResult result = generate(0);

        assertThat(xpathList(parse(result.rssFile()), "/rss/channel/item")).isEmpty();
        assertThat(result.sitemapFile()).isNull();
        assertThat(filesUnderOutput()).containsExactlyInAnyOrder("atom.xml", "feed.json", "rss.xml");
    }

    private GenerationResult generate(String stylesheet, FeedOptions options) throws Exception {
        ChannelSettings channel = new ChannelSettings("Example Blog", "News", "en", null, null, null, null, null, stylesheet,
                null, null, null);
        SiteConfig config = SiteConfig.builder(SiteUrl.parse("https://example.org/blog"), content(), output(), channel)
                .displayDirectory(project)
                .feedLimit(0)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.of(Instant.parse("2024-06-01T00:00:00Z")))
                .buildStart(BUILD_START)
                .feedOptions(options)
                .writeSitemap(true)
                .build();
        return new Generator(config, log).generate();
    }

    private static FeedOptions options(boolean tagFeeds, List<FeedSpec> customFeeds, Path itemTemplate) {
        return new FeedOptions(null, null, null, null, tagFeeds, customFeeds, itemTemplate,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, null, false);
    }

    private static FeedSpec customFeed(String id, FeedFilter filter) {
        return new FeedSpec(id, id, "Example Blog: " + id, "News", filter, 0, null, null);
    }

    private Document xml(String file) throws Exception {
        return parse(output().resolve(file));
    }

    /** Reads a JSON Feed file into maps, lists, strings and numbers, failing on malformed JSON. */
    private Map<String, Object> json(String file) throws IOException {
        return TestJson.readObject(output().resolve(file));
    }


    /** Returns one string member of every item of a JSON Feed. */
    private List<String> jsonItems(String file, String member) throws IOException {
        Object items = json(file).get("items");
        assertThat(items).isInstanceOf(List.class);
        List<String> values = new ArrayList<>();
        for (Object item : (List<?>) items) {
            values.add((String) ((Map<?, ?>) item).get(member));
        }
        return values;
    }

    private static String stylesheetInstruction(Document document) {
        Node first = document.getFirstChild();
        return first instanceof ProcessingInstruction instruction ? instruction.getData() : null;
    }

    @Test
    void generate_threeFormats_sameItemsInSameOrder() throws Exception {
        createBlog();

        generate(0);

        List<String> rssIds = xpathList(xml("rss.xml"), "/rss/channel/item/guid");
        assertThat(rssIds).containsExactly(
                "https://example.org/blog/posts/2024-03-10-newest.html",
                "https://example.org/blog/posts/2024-03-05-a-tie.html",
                "https://example.org/blog/posts/2024-03-05-b-tie.html",
                "https://example.org/blog/posts/2024-03-01-older.html");
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:id")).isEqualTo(rssIds);
        assertThat(jsonItems("feed.json", "id")).isEqualTo(rssIds);
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:title")).containsExactly("Newest", "Tie A", "Tie B", "Older");
        assertThat(jsonItems("feed.json", "title")).containsExactly("Newest", "Tie A", "Tie B", "Older");
    }

    @Test
    void generate_threeFormats_sameContentAndDates() throws Exception {
        createBlog();

        generate(0);

        List<String> rssContent = xpathList(xml("rss.xml"), "/rss/channel/item/content:encoded");
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:content")).isEqualTo(rssContent);
        assertThat(jsonItems("feed.json", "content_html")).isEqualTo(rssContent);
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:published")).containsExactly(
                "2024-03-10T00:00:00Z", "2024-03-05T00:00:00Z", "2024-03-05T00:00:00Z", "2024-03-01T00:00:00Z");
        assertThat(jsonItems("feed.json", "date_published")).containsExactly(
                "2024-03-10T00:00:00Z", "2024-03-05T00:00:00Z", "2024-03-05T00:00:00Z", "2024-03-01T00:00:00Z");
    }

    @Test
    void generate_threeFormats_oneLogLineEach() throws Exception {
        createBlog();

        generate(0);

        assertThat(logLines).contains(
                "INFO Wrote RSS feed with 4 items: " + Path.of("target", "site", "rss.xml"),
                "INFO Wrote Atom feed with 4 items: " + Path.of("target", "site", "atom.xml"),
                "INFO Wrote JSON Feed with 4 items: " + Path.of("target", "site", "feed.json"));
    }

    @Test
    void generate_oneFormat_onlyThatFile() throws Exception {
        createBlog();
        FeedOptions atomOnly = FeedOptions.defaults().withFormats(EnumSet.of(FeedFormat.ATOM));

        generate(null, atomOnly);

        assertThat(filesUnderOutput()).containsExactly("atom.xml", "sitemap.xml");
    }

    @Test
    void generate_tagFeeds_threeFilesPerTag() throws Exception {
        createBlog();
        page("posts/2024-03-08-cafe.md", "---\ntitle: Café post\ntags: [Café, java]\n---\nText.\n");

        generate(null, options(true, List.of(), null));

        assertThat(filesUnderOutput()).contains(
                "tags/cafe/atom.xml", "tags/cafe/feed.json", "tags/cafe/rss.xml",
                "tags/java/atom.xml", "tags/java/feed.json", "tags/java/rss.xml");
        assertThat(xpathList(xml("tags/java/rss.xml"), "/rss/channel/item/title")).containsExactly("Newest", "Café post");
        assertThat(xpathList(xml("tags/cafe/atom.xml"), "/a:feed/a:entry/a:title")).containsExactly("Café post");
        assertThat(jsonItems("tags/java/feed.json", "title")).containsExactly("Newest", "Café post");
    }

    @Test
    void generate_tagFeeds_selfLinksPointAtOwnFiles() throws Exception {
        createBlog();

        generate(null, options(true, List.of(), null));

        assertThat(xpathList(xml("tags/java/rss.xml"), "/rss/channel/atom:link[@rel='self']/@href"))
                .containsExactly("https://example.org/blog/tags/java/rss.xml");
        assertThat(xpathList(xml("tags/java/atom.xml"), "/a:feed/a:link[@rel='self']/@href"))
                .containsExactly("https://example.org/blog/tags/java/atom.xml");
        assertThat(xpathList(xml("tags/java/atom.xml"), "/a:feed/a:id"))
                .containsExactly("https://example.org/blog/tags/java/atom.xml");
        assertThat(json("tags/java/feed.json").get("feed_url")).isEqualTo("https://example.org/blog/tags/java/feed.json");
    }

    @Test
    void generate_tagFeeds_titleNamesTag() throws Exception {
        createBlog();

        generate(null, options(true, List.of(), null));

        assertThat(xpathList(xml("tags/java/rss.xml"), "/rss/channel/title")).containsExactly("Example Blog: java");
        assertThat(json("tags/java/feed.json").get("title")).isEqualTo("Example Blog: java");
    }

    @Test
    void generate_tagFeeds_oneSummaryLogLine() throws Exception {
        createBlog();

        generate(null, options(true, List.of(), null));

        assertThat(logLines).contains("INFO Wrote 1 tag feed (3 files, 3 changed) under " + Path.of("target", "site", "tags"));
    }

    @Test
    void generate_customFeed_pathFilter() throws Exception {
        createBlog();
        page("news/2024-03-07-release.md", "---\ntitle: Release\n---\nShipped.\n");
        FeedSpec news = customFeed("news", new FeedFilter(null, List.of("news/**"), null));

        generate(null, options(false, List.of(news), null));

        assertThat(xpathList(xml("news/rss.xml"), "/rss/channel/item/title")).containsExactly("Release");
        assertThat(xpathList(xml("news/atom.xml"), "/a:feed/a:entry/a:title")).containsExactly("Release");
        assertThat(jsonItems("news/feed.json", "title")).containsExactly("Release");
        assertThat(xpathList(xml("rss.xml"), "/rss/channel/item/title")).hasSize(5);
        assertThat(logLines).contains("INFO Wrote Atom feed 'news' with 1 item: " + Path.of("target", "site", "news", "atom.xml"));
    }

    @Test
    void generate_emptyCustomFeed_validInEveryFormat() throws Exception {
        createBlog();
        FeedSpec empty = customFeed("empty", new FeedFilter(List.of("no-such-tag"), null, null));

        generate(null, options(false, List.of(empty), null));

        Document rss = xml("empty/rss.xml");
        assertThat(xpathList(rss, "/rss/channel/title")).containsExactly("Example Blog: empty");
        assertThat(xpathList(rss, "/rss/channel/item")).isEmpty();
        Document atom = xml("empty/atom.xml");
        assertThat(xpathList(atom, "/a:feed/a:id")).containsExactly("https://example.org/blog/empty/atom.xml");
        assertThat(xpathList(atom, "/a:feed/a:title")).containsExactly("Example Blog: empty");
        assertThat(xpathList(atom, "/a:feed/a:updated")).containsExactly("2024-06-01T00:00:00Z");
        assertThat(xpathList(atom, "/a:feed/a:entry")).isEmpty();
        Map<String, Object> json = json("empty/feed.json");
        assertThat(json.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("items")).isEqualTo(List.of());
    }

    @Test
    void generate_emptyFeedWithoutTimestamp_atomUpdatedFromSite() throws Exception {
        createBlog();
        FeedSpec empty = customFeed("empty", new FeedFilter(List.of("no-such-tag"), null, null));
        ChannelSettings channel = new ChannelSettings("Example Blog", "News", null, null, null, null, null, null, null, null, null, null);
        SiteConfig config = SiteConfig.builder(SiteUrl.parse("https://example.org/blog"), content(), output(), channel)
                .displayDirectory(project)
                .feedLimit(0)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(BUILD_START)
                .feedOptions(options(false, List.of(empty), null))
                .writeSitemap(true)
                .build();

        new Generator(config, log).generate();

        assertThat(xpathList(xml("empty/atom.xml"), "/a:feed/a:updated")).containsExactly("2024-03-10T00:00:00Z");
    }

    @Test
    void generate_defaultStylesheet_writesBothXslAtRoot() throws Exception {
        createBlog();

        generate(ChannelSettings.DEFAULT_STYLESHEET, options(true, List.of(), null));

        for (String name : List.of("rss.xsl", "atom.xsl")) {
            try (InputStream resource = Generator.class.getResourceAsStream("/io/github/markfeed/stylesheet/" + name)) {
                assertThat(resource).as("plugin resource %s", name).isNotNull();
                assertThat(Files.readAllBytes(output().resolve(name))).as(name).isEqualTo(resource.readAllBytes());
            }
            assertThat(xml(name).getDocumentElement().getLocalName()).as(name).isEqualTo("stylesheet");
        }
    }

    @Test
    void generate_defaultStylesheet_relativeHrefs() throws Exception {
        createBlog();

        generate(ChannelSettings.DEFAULT_STYLESHEET, options(true, List.of(), null));

        assertThat(stylesheetInstruction(xml("rss.xml"))).isEqualTo("type=\"text/xsl\" href=\"rss.xsl\"");
        assertThat(stylesheetInstruction(xml("atom.xml"))).isEqualTo("type=\"text/xsl\" href=\"atom.xsl\"");
        assertThat(stylesheetInstruction(xml("tags/java/rss.xml"))).isEqualTo("type=\"text/xsl\" href=\"../../rss.xsl\"");
        assertThat(stylesheetInstruction(xml("tags/java/atom.xml"))).isEqualTo("type=\"text/xsl\" href=\"../../atom.xsl\"");
    }

    @Test
    void generate_noStylesheet_noXslFiles() throws Exception {
        createBlog();

        generate(0);

        assertThat(filesUnderOutput()).doesNotContain("rss.xsl", "atom.xsl");
    }

    @Test
    void generate_itemTemplate_wrapsEveryFormat() throws Exception {
        createBlog();
        Path template = project.resolve("item.mustache");
        Files.writeString(template, "{{{content}}}<footer>{{readingTime}} min read</footer>");

        generate(null, options(false, List.of(), template));

        assertThat(xpathList(xml("rss.xml"), "/rss/channel/item/content:encoded"))
                .allSatisfy(html -> assertThat(html).endsWith("<footer>1 min read</footer>"));
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:content"))
                .allSatisfy(html -> assertThat(html).endsWith("<footer>1 min read</footer>"));
        assertThat(jsonItems("feed.json", "content_html"))
                .allSatisfy(html -> assertThat(html).endsWith("<footer>1 min read</footer>"));
    }

    @Test
    void generate_invalidItemTemplate_contentErrorNamesFile() throws Exception {
        createBlog();
        Path template = project.resolve("templates/item.mustache");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "{{#tags}}never closed");

        ContentException failure = catchThrowableOfType(ContentException.class,
                () -> generate(null, options(false, List.of(), template)));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0).file()).isEqualTo(Path.of("templates", "item.mustache").toString());
        assertThat(filesUnderOutput()).isEmpty();
    }

    @Test
    void generate_unknownTemplateVariable_contentErrorNamesFile() throws Exception {
        createBlog();
        Path template = project.resolve("item.mustache");
        Files.writeString(template, "{{{content}}}{{readingTme}}");

        ContentException failure = catchThrowableOfType(ContentException.class,
                () -> generate(null, options(false, List.of(), template)));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0).file()).isEqualTo("item.mustache");
        assertThat(failure.problems().get(0).message()).contains("readingTme");
        assertThat(filesUnderOutput()).isEmpty();
    }

    @Test
    void generate_tagFeeds_nonAsciiSlugEncodedInUrls() throws Exception {
        page("posts/2024-03-08-privet.md", "---\ntitle: Privet\ntags: [Привет Мир, \"++\"]\n---\nText.\n");

        generate(null, options(true, List.of(), null));

        assertThat(filesUnderOutput()).contains("tags/привет-мир/rss.xml", "tags/tag-2b-2b/rss.xml");
        assertThat(xpathList(xml("tags/привет-мир/atom.xml"), "/a:feed/a:link[@rel='self']/@href"))
                .containsExactly("https://example.org/blog/tags/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/atom.xml");
        assertThat(json("tags/tag-2b-2b/feed.json").get("feed_url")).isEqualTo("https://example.org/blog/tags/tag-2b-2b/feed.json");
        assertThat(json("tags/tag-2b-2b/feed.json").get("title")).isEqualTo("Example Blog: ++");
    }

    @Test
    void generate_linkParameters_onLinksNotIds() throws Exception {
        page("posts/2024-03-08-post.md", "---\ntitle: Post\n---\nText.\n");
        FeedOptions options = new FeedOptions(null, null, null, null, false, null, null, FeedOptions.DEFAULT_WORDS_PER_MINUTE,
                null, "utm_source=feed", false);

        generate(null, options);

        String url = "https://example.org/blog/posts/2024-03-08-post.html";
        assertThat(xpathList(xml("rss.xml"), "/rss/channel/item/link")).containsExactly(url + "?utm_source=feed");
        assertThat(xpathList(xml("rss.xml"), "/rss/channel/item/guid")).containsExactly(url);
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:link[@rel='alternate']/@href"))
                .containsExactly(url + "?utm_source=feed");
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:id")).containsExactly(url);
        assertThat(jsonItems("feed.json", "url")).containsExactly(url + "?utm_source=feed");
        assertThat(jsonItems("feed.json", "id")).containsExactly(url);
    }

    @Test
    void generate_hubUrl_inAtomAndJson() throws Exception {
        page("posts/2024-03-08-post.md", "---\ntitle: Post\n---\nText.\n");
        FeedOptions options = new FeedOptions(null, null, null, null, false, null, null, FeedOptions.DEFAULT_WORDS_PER_MINUTE,
                "https://hub.example.net/", null, false);

        generate(null, options);

        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:link[@rel='hub']/@href")).containsExactly("https://hub.example.net/");
        assertThat(json("feed.json").get("hubs")).isEqualTo(List.of(Map.of("type", "WebSub", "url", "https://hub.example.net/")));
    }

    @Test
    void generate_summaryContent_noHtmlInAnyFormat() throws Exception {
        createBlog();
        FeedOptions options = new FeedOptions(null, null, null, ContentMode.SUMMARY, false, null, null,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, null, false);

        generate(null, options);

        assertThat(xpathList(xml("rss.xml"), "/rss/channel/item/content:encoded")).isEmpty();
        assertThat(xpathList(xml("atom.xml"), "/a:feed/a:entry/a:content")).isEmpty();
        assertThat(jsonItems("feed.json", "content_html")).containsOnlyNulls();
        assertThat(jsonItems("feed.json", "content_text")).contains("See about.");
    }
}
