package io.github.markfeed.cases;

import io.github.markfeed.TestJson;
import io.github.markfeed.core.BuildLog;
import io.github.markfeed.core.ChangelogOptions;
import io.github.markfeed.core.ChannelSettings;
import io.github.markfeed.core.ContentException;
import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.DateOptions;
import io.github.markfeed.core.FeedFormat;
import io.github.markfeed.core.FeedOptions;
import io.github.markfeed.core.FeedSpec;
import io.github.markfeed.core.Generator;
import io.github.markfeed.core.SetupException;
import io.github.markfeed.core.SiteConfig;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Runs the generator over one of the bug cases under {@code src/test/resources/cases}, with the
 * settings those cases assume unless a test changes them, and reads what it wrote.
 */
final class SiteBuild {

    private final Path contentDirectory;
    private final Path outputDirectory;
    private String siteUrl = "https://example.org/";
    private String permalink = "/posts/{slug}/";
    private String title = "Example Blog";
    private String language;
    private String author;
    private String rssFile = "rss.xml";
    private int feedLimit = 20;
    private boolean includeFuture;
    private Instant buildStart = Instant.parse("2026-01-01T00:00:00Z");
    private Set<FeedFormat> formats;
    private String atomFile = "atom.xml";
    private String jsonFeedFile = "feed.json";
    private ContentMode content;
    private boolean tagFeeds;
    private final List<FeedSpec> customFeeds = new ArrayList<>();
    private Path itemTemplate;
    private String linkParameters;
    private String hubUrl;
    private String stylesheet;
    private ChangelogOptions changelog;
    private DateOptions dateOptions;
    private final List<String> log = new ArrayList<>();

    private SiteBuild(Path contentDirectory, Path outputDirectory) {
        this.contentDirectory = contentDirectory;
        this.outputDirectory = outputDirectory;
    }

    /** Copies a case's content into {@code workDirectory} so that tests may change it. */
    static SiteBuild ofCase(String caseName, Path workDirectory) throws IOException {
        Path content = workDirectory.resolve("content");
        copyTree(caseFolder(caseName), content);
        return new SiteBuild(content, workDirectory.resolve("site"));
    }

    static Path caseFolder(String caseName) {
        URL url = SiteBuild.class.getResource("/cases/" + caseName);
        if (url == null) {
            throw new IllegalArgumentException("no test case folder " + caseName);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    SiteBuild siteUrl(String value) {
        siteUrl = value;
        return this;
    }

    SiteBuild permalink(String value) {
        permalink = value;
        return this;
    }

    SiteBuild title(String value) {
        title = value;
        return this;
    }

    SiteBuild language(String value) {
        language = value;
        return this;
    }

    SiteBuild author(String value) {
        author = value;
        return this;
    }

    SiteBuild rssFile(String value) {
        rssFile = value;
        return this;
    }

    SiteBuild feedLimit(int value) {
        feedLimit = value;
        return this;
    }

    SiteBuild includeFuture(boolean value) {
        includeFuture = value;
        return this;
    }

    SiteBuild buildStart(Instant value) {
        buildStart = value;
        return this;
    }

    SiteBuild formats(Set<FeedFormat> value) {
        formats = value;
        return this;
    }

    SiteBuild atomFile(String value) {
        atomFile = value;
        return this;
    }

    SiteBuild jsonFeedFile(String value) {
        jsonFeedFile = value;
        return this;
    }

    SiteBuild content(ContentMode value) {
        content = value;
        return this;
    }

    SiteBuild tagFeeds(boolean value) {
        tagFeeds = value;
        return this;
    }

    SiteBuild customFeed(FeedSpec value) {
        customFeeds.add(value);
        return this;
    }

    SiteBuild itemTemplate(Path value) {
        itemTemplate = value;
        return this;
    }

    SiteBuild linkParameters(String value) {
        linkParameters = value;
        return this;
    }

    SiteBuild hubUrl(String value) {
        hubUrl = value;
        return this;
    }

    /** Sets the {@code stylesheet} parameter; {@code default} asks for markfeed's own stylesheets. */
    SiteBuild stylesheet(String value) {
        stylesheet = value;
        return this;
    }

    SiteBuild changelog(ChangelogOptions value) {
        changelog = value;
        return this;
    }

    /** Sets the time zone, date sources and date formats; unset means {@link DateOptions#defaults()}. */
    SiteBuild dateOptions(DateOptions value) {
        dateOptions = value;
        return this;
    }

    Path contentDirectory() {
        return contentDirectory;
    }

    Path outputDirectory() {
        return outputDirectory;
    }

    List<String> log() {
        return log;
    }

    /** Runs the generator; content errors surface as {@link ContentException}. */
    SiteBuild run() throws IOException, ContentException, SetupException {
        ChannelSettings channel =
                new ChannelSettings(title, "Posts of the example blog", language, null, null, null, null, null, stylesheet, author, null, null);
        FeedOptions feedOptions = new FeedOptions(formats, atomFile, jsonFeedFile, content, tagFeeds, customFeeds, itemTemplate,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, hubUrl, linkParameters, false);
        SiteConfig config = SiteConfig.builder(SiteUrl.parse(siteUrl), contentDirectory, outputDirectory, channel)
                .includes(List.of())
                .excludes(List.of())
                .permalink(permalink)
                .displayDirectory(outputDirectory)
                .feedLimit(feedLimit)
                .rssFile(rssFile)
                .sitemapFile("sitemap.xml")
                .includeFuture(includeFuture)
                .buildTimestamp(Optional.empty())
                .buildStart(buildStart)
                .feedOptions(feedOptions)
                .writeSitemap(true)
                .dateOptions(dateOptions)
                .changelog(changelog)
                .build();
        new Generator(config, new BuildLog() {
            @Override
            public void debug(String message) {}

            @Override
            public void info(String message) {
                log.add("[INFO] " + message);
            }

            @Override
            public void warn(String message) {
                log.add("[WARNING] " + message);
            }
        }).generate();
        return this;
    }

    String text(String file) {
        try {
            return Files.readString(outputDirectory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String file) throws IOException {
        return Files.readAllBytes(outputDirectory.resolve(file));
    }

    boolean exists(String file) {
        return Files.exists(outputDirectory.resolve(file));
    }

    /** Parses an output with the JDK's strict, namespace-aware parser. */
    Document xml(String file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(outputDirectory.resolve(file).toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Document rss() {
        return xml(rssFile);
    }

    Document sitemap() {
        return xml("sitemap.xml");
    }

    Document atom() {
        return xml(atomFile);
    }

    /** Parses the JSON Feed into maps, lists, strings, longs and booleans; malformed JSON or a repeated key fails. */
    Map<String, Object> json() {
        return json(jsonFeedFile);
    }

    Map<String, Object> json(String file) {
        try {
            return TestJson.readObject(outputDirectory.resolve(file));
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }


    /** Returns the items of a parsed JSON Feed. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonItems(Map<String, Object> feed) {
        Object items = feed.get("items");
        if (!(items instanceof List)) {
            throw new AssertionError("no items array in " + feed.keySet());
        }
        return (List<Map<String, Object>>) items;
    }

    /** Returns one member of every item of a parsed JSON Feed, null where an item lacks it. */
    static List<Object> jsonItemValues(Map<String, Object> feed, String member) {
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> item : jsonItems(feed)) {
            values.add(item.get(member));
        }
        return values;
    }

    /** Returns the one JSON Feed item whose {@code id} is the given URL. */
    static Map<String, Object> jsonItem(Map<String, Object> feed, String id) {
        List<Map<String, Object>> matches = jsonItems(feed).stream().filter(item -> id.equals(item.get("id"))).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one item with id " + id + " but found " + matches.size());
        }
        return matches.get(0);
    }

    /** Returns the text of every node an XPath selects, with prefixes rss-free and content, dc, media, atom, sm bound. */
    static List<String> values(Document document, String expression) {
        try {
            XPath xpath = XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(NAMESPACES);
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    static String value(Document document, String expression) {
        List<String> values = values(document, expression);
        if (values.size() != 1) {
            throw new AssertionError("expected one match for " + expression + " but found " + values);
        }
        return values.get(0);
    }

    private static final NamespaceContext NAMESPACES = new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "content" -> "http://purl.org/rss/1.0/modules/content/";
                case "dc" -> "http://purl.org/dc/elements/1.1/";
                case "media" -> "http://search.yahoo.com/mrss/";
                case "atom" -> "http://www.w3.org/2005/Atom";
                case "sm" -> "http://www.sitemaps.org/schemas/sitemap/0.9";
                default -> XMLConstants.NULL_NS_URI;
            };
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String namespaceUri) {
            return null;
        }
    };
}
