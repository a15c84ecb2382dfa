package io.github.markfeed.cases;

import io.github.markfeed.core.BuildLog;
import io.github.markfeed.core.ChannelSettings;
import io.github.markfeed.core.ContentException;
import io.github.markfeed.core.FeedOptions;
import io.github.markfeed.core.Generator;
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
import java.util.Optional;
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
    SiteBuild run() throws IOException, ContentException {
        ChannelSettings channel =
                new ChannelSettings(title, "Posts of the example blog", language, null, null, null, null, null, null, author, null, null);
        SiteConfig config = new SiteConfig(
                SiteUrl.parse(siteUrl),
                contentDirectory,
                List.of(),
                List.of(),
                permalink,
                outputDirectory,
                outputDirectory,
                channel,
                feedLimit,
                rssFile,
                "sitemap.xml",
                includeFuture,
                Optional.empty(),
                buildStart,
                FeedOptions.defaults(),
                true);
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
