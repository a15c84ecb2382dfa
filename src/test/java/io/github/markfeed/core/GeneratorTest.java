package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xmlunit.xpath.JAXPXPathEngine;

class GeneratorTest {

    private static final Instant BUILD_START = Instant.parse("2024-06-01T12:00:00Z");
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

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
        return new SiteConfig(
                SiteUrl.parse("https://example.org/blog"),
                content(),
                null,
                null,
                null,
                output(),
                project,
                channel,
                feedLimit,
                "rss.xml",
                "sitemap.xml",
                includeFuture,
                Optional.of(Instant.parse("2024-06-01T00:00:00Z")),
                BUILD_START,
                FeedOptions.defaults(),
                true);
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
        engine.setNamespaceContext(Map.of("s", SITEMAP_NS, "content", CONTENT_NS));
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
}
