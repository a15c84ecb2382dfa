package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.FeedPlanner.PlannedFeed;
import io.github.markfeed.core.FeedPublisher.StagedFeed;
import io.github.markfeed.feed.FeaturedImages;
import io.github.markfeed.feed.FeedItemFactory;
import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.page.Page;
import io.github.markfeed.page.PageReader;
import io.github.markfeed.page.Permalink;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.xmlunit.xpath.JAXPXPathEngine;

class FeedPublisherTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/docs/");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final Instant SITE_UPDATED = Instant.parse("2024-02-02T02:02:02Z");

    @TempDir
    Path project;

    private String rssFile = "rss.xml";
    private String atomFile;
    private String jsonFile;
    private String stylesheet;
    private String atomStylesheet;
    private String defaultAuthor;
    private String managingEditor;
    private String image;
    private String icon;
    private String hubUrl;
    private Instant buildTimestamp;

    private Path content() {
        return project.resolve("content");
    }

    private Path output() {
        return project.resolve("site");
    }

    private SiteConfig config() {
        ChannelSettings channel = new ChannelSettings("Example Docs", "News", "en", null, managingEditor, null, null, image,
                stylesheet, defaultAuthor, icon, atomStylesheet);
        FeedOptions options = new FeedOptions(null, atomFile, jsonFile, null, false, null, null,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, hubUrl, null, false);
        return SiteConfig.builder(SITE, content(), output(), channel)
                .displayDirectory(project)
                .feedLimit(0)
                .rssFile(rssFile)
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.ofNullable(buildTimestamp))
                .buildStart(Instant.parse("2030-01-01T00:00:00Z"))
                .feedOptions(options)
                .writeSitemap(true)
                .build();
    }

    private FeedPublisher publisher(SiteConfig config) {
        Map<String, String> urlBySource = new HashMap<>();
        FeedItemFactory items = new FeedItemFactory(new MarkdownRenderer(), new LinkRewriter(urlBySource::get),
                new FeaturedImages(SITE, content()), null, FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, new ContentProblems());
        return new FeedPublisher(config, items, SITE_UPDATED, "9.9");
    }

    private Page page(String relativePath, String date) throws IOException {
        Path file = content().resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + relativePath + "\ndate: " + date + "\n---\nText.\n", StandardCharsets.UTF_8);
        ContentProblems problems = new ContentProblems();
        Page page = new PageReader(SITE, Permalink.parse("/{path}.html"), ZoneOffset.UTC, null)
                .read(new SourceFile(file, relativePath), problems);
        assertThat(problems.errors()).isEmpty();
        return page;
    }

    private static PlannedFeed feed(String directory, PlannedFeed.Kind kind, List<Page> pages) {
        FeedSpec spec = new FeedSpec(directory.isEmpty() ? "main" : directory, directory, "Example Docs", "News",
                FeedFilter.ALL, 0, null, null);
        return new PlannedFeed(spec, pages, kind);
    }

    private List<StagedFeed> stage(FeedPublisher publisher, PlannedFeed... feeds) throws IOException {
        List<StagedFeed> staged = new ArrayList<>();
        try (StagedOutputs outputs = new StagedOutputs(output())) {
            for (PlannedFeed feed : feeds) {
                staged.addAll(publisher.stage(feed, outputs));
            }
            outputs.commit();
        }
        return staged;
    }

    private Document xml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(output().resolve(file).toFile());
    }

    private static String xpath(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("a", ATOM_NS, "atom", ATOM_NS));
        return engine.evaluate(expression, new DOMSource(document));
    }

    private static String stylesheetHref(Document document) {
        Node first = document.getFirstChild();
        return first instanceof ProcessingInstruction instruction ? instruction.getData() : null;
    }

    /** Returns the string members of a JSON file's top-level object. */
    private Map<String, String> jsonStrings(String file) throws IOException {
        Map<String, String> members = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(output().resolve(file).toFile())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    members.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
        return members;
    }

    @Test
    void file_mainFeed_configuredNames() {
        atomFile = "feeds/atom.xml";
        FeedPublisher publisher = publisher(config());
        PlannedFeed main = feed("", PlannedFeed.Kind.MAIN, List.of());

        assertThat(publisher.file(main, FeedFormat.RSS)).isEqualTo("rss.xml");
        assertThat(publisher.file(main, FeedFormat.ATOM)).isEqualTo("feeds/atom.xml");
        assertThat(publisher.file(main, FeedFormat.JSON)).isEqualTo("feed.json");
    }

    @Test
    void file_otherFeeds_fileNameInOwnFolder() {
        rssFile = "feeds/main.xml";
        jsonFile = "feeds/everything.json";
        FeedPublisher publisher = publisher(config());
        PlannedFeed tag = feed("tags/java", PlannedFeed.Kind.TAG, List.of());

        assertThat(publisher.file(tag, FeedFormat.RSS)).isEqualTo("tags/java/main.xml");
        assertThat(publisher.file(tag, FeedFormat.ATOM)).isEqualTo("tags/java/atom.xml");
        assertThat(publisher.file(tag, FeedFormat.JSON)).isEqualTo("tags/java/everything.json");
    }

    @Test
    void stage_threeFormats_countsAndFiles() throws Exception {
        PlannedFeed main = feed("", PlannedFeed.Kind.MAIN, List.of(page("b.md", "2024-03-02"), page("a.md", "2024-03-01")));

        List<StagedFeed> staged = stage(publisher(config()), main);

        assertThat(staged).extracting(StagedFeed::file).containsExactly("rss.xml", "atom.xml", "feed.json");
        assertThat(staged).extracting(StagedFeed::items).containsExactly(2, 2, 2);
    }

    @Test
    void stage_selfLinks_pointAtOwnFiles() throws Exception {
        stage(publisher(config()), feed("releases", PlannedFeed.Kind.CUSTOM, List.of(page("a.md", "2024-03-01"))));

        assertThat(xpath(xml("releases/rss.xml"), "/rss/channel/atom:link[@rel='self']/@href"))
                .isEqualTo("https://example.org/docs/releases/rss.xml");
        assertThat(xpath(xml("releases/atom.xml"), "/a:feed/a:link[@rel='self']/@href"))
                .isEqualTo("https://example.org/docs/releases/atom.xml");
        assertThat(jsonStrings("releases/feed.json").get("feed_url")).isEqualTo("https://example.org/docs/releases/feed.json");
        assertThat(jsonStrings("releases/feed.json").get("home_page_url")).isEqualTo("https://example.org/docs/");
    }

    @Test
    void stage_defaultStylesheets_relativeToEachFeed() throws Exception {
        stylesheet = ChannelSettings.DEFAULT_STYLESHEET;
        FeedPublisher publisher = publisher(config());

        stage(publisher, feed("", PlannedFeed.Kind.MAIN, List.of()), feed("tags/java", PlannedFeed.Kind.TAG, List.of()));

        assertThat(stylesheetHref(xml("rss.xml"))).isEqualTo("type=\"text/xsl\" href=\"rss.xsl\"");
        assertThat(stylesheetHref(xml("atom.xml"))).isEqualTo("type=\"text/xsl\" href=\"atom.xsl\"");
        assertThat(stylesheetHref(xml("tags/java/rss.xml"))).isEqualTo("type=\"text/xsl\" href=\"../../rss.xsl\"");
        assertThat(stylesheetHref(xml("tags/java/atom.xml"))).isEqualTo("type=\"text/xsl\" href=\"../../atom.xsl\"");
    }

    @Test
    void stage_configuredStylesheets_perFormat() throws Exception {
        stylesheet = "/styles/rss.xsl";
        atomStylesheet = "/styles/atom.xsl";

        stage(publisher(config()), feed("tags/java", PlannedFeed.Kind.TAG, List.of()));

        assertThat(stylesheetHref(xml("tags/java/rss.xml"))).isEqualTo("type=\"text/xsl\" href=\"/styles/rss.xsl\"");
        assertThat(stylesheetHref(xml("tags/java/atom.xml"))).isEqualTo("type=\"text/xsl\" href=\"/styles/atom.xsl\"");
    }

    @Test
    void stage_noStylesheet_noInstruction() throws Exception {
        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of()));

        assertThat(stylesheetHref(xml("rss.xml"))).isNull();
        assertThat(stylesheetHref(xml("atom.xml"))).isNull();
    }

    @Test
    void stageStylesheets_copiesBothResources() throws Exception {
        FeedPublisher publisher = publisher(config());

        try (StagedOutputs outputs = new StagedOutputs(output())) {
            publisher.stageStylesheets(outputs);
            outputs.commit();
        }

        for (String name : List.of("rss.xsl", "atom.xsl")) {
            try (InputStream resource = FeedPublisher.class.getResourceAsStream("/io/github/markfeed/stylesheet/" + name)) {
                assertThat(resource).as("resource %s", name).isNotNull();
                assertThat(Files.readAllBytes(output().resolve(name))).as(name).isEqualTo(resource.readAllBytes());
            }
        }
    }

    @Test
    void stage_emptyFeed_atomUpdatedFromSite() throws Exception {
        stage(publisher(config()), feed("empty", PlannedFeed.Kind.CUSTOM, List.of()));

        assertThat(xpath(xml("empty/atom.xml"), "/a:feed/a:updated")).isEqualTo("2024-02-02T02:02:02Z");
        assertThat(xpath(xml("empty/rss.xml"), "count(/rss/channel/lastBuildDate)")).isEqualTo("0");
    }

    @Test
    void stage_buildTimestamp_feedUpdated() throws Exception {
        buildTimestamp = Instant.parse("2025-01-01T00:00:00Z");

        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of(page("a.md", "2024-03-01"))));

        assertThat(xpath(xml("atom.xml"), "/a:feed/a:updated")).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(xpath(xml("rss.xml"), "/rss/channel/lastBuildDate")).isEqualTo("Wed, 01 Jan 2025 00:00:00 GMT");
    }

    @Test
    void stage_noBuildTimestamp_newestItemDate() throws Exception {
        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of(page("b.md", "2024-03-02"), page("a.md", "2024-03-01"))));

        assertThat(xpath(xml("atom.xml"), "/a:feed/a:updated")).isEqualTo("2024-03-02T00:00:00Z");
    }

    @Test
    void stage_relativeSiteResources_resolvedAgainstSiteUrl() throws Exception {
        image = "img/logo.png";
        icon = "/favicon.ico";
        hubUrl = "https://hub.example.net/";

        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of()));

        Map<String, String> json = jsonStrings("feed.json");
        assertThat(json.get("icon")).isEqualTo("https://example.org/docs/img/logo.png");
        assertThat(json.get("favicon")).isEqualTo("https://example.org/docs/favicon.ico");
        assertThat(xpath(xml("atom.xml"), "/a:feed/a:link[@rel='hub']/@href")).isEqualTo("https://hub.example.net/");
    }

    @Test
    void stage_feedAuthor_defaultAuthorFirst() throws Exception {
        defaultAuthor = "Jane Doe";
        managingEditor = "editor@example.org (Ed Itor)";

        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of()));

        assertThat(xpath(xml("atom.xml"), "/a:feed/a:author/a:name")).isEqualTo("Jane Doe");
        assertThat(xpath(xml("atom.xml"), "count(/a:feed/a:author/a:email)")).isEqualTo("0");
    }

    @Test
    void stage_feedAuthor_managingEditorNext() throws Exception {
        managingEditor = "editor@example.org (Ed Itor)";

        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of()));

        assertThat(xpath(xml("atom.xml"), "/a:feed/a:author/a:name")).isEqualTo("Ed Itor");
        assertThat(xpath(xml("atom.xml"), "/a:feed/a:author/a:email")).isEqualTo("editor@example.org");
    }

    @Test
    void stage_feedAuthor_siteTitleLast() throws Exception {
        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of()));

        assertThat(xpath(xml("atom.xml"), "/a:feed/a:author/a:name")).isEqualTo("Example Docs");
    }

    @Test
    void stage_generatorVersion_fromPublisher() throws Exception {
        stage(publisher(config()), feed("", PlannedFeed.Kind.MAIN, List.of()));

        assertThat(xpath(xml("atom.xml"), "/a:feed/a:generator/@version")).isEqualTo("9.9");
        assertThat(xpath(xml("rss.xml"), "/rss/channel/generator")).isEqualTo("markfeed 9.9");
    }
}
