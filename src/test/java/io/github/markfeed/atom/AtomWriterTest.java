package io.github.markfeed.atom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.feed.Enclosure;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.page.Author;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.InputSource;
import org.xmlunit.xpath.JAXPXPathEngine;

class AtomWriterTest {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    private static final Instant MARCH_5 = Instant.parse("2024-03-05T10:15:00Z");
    private static final Instant MARCH_6 = Instant.parse("2024-03-06T00:00:00Z");

    private static FeedChannel channel(String hubUrl, String stylesheet) {
        return new FeedChannel(
                "Example Blog",
                "https://example.org/",
                "News from the example",
                "en-us",
                "© 2024 Example",
                "editor@example.org (Ed Itor)",
                null,
                60,
                "https://example.org/logo.png",
                "https://example.org/favicon.ico",
                stylesheet,
                "https://example.org/atom.xml",
                hubUrl,
                MARCH_5,
                MARCH_6,
                "1.0",
                List.of(new Author("Ed Itor", "editor@example.org")));
    }

    private static FeedChannel channel() {
        return channel(null, null);
    }

    private static FeedChannel emptyChannel(Instant updated) {
        return new FeedChannel("Minimal", "https://example.org/", null, null, null, null, null, null, null, null, null,
                "https://example.org/atom.xml", null, null, updated, "1.0", List.of(new Author("Minimal", null)));
    }

    private static FeedItem item(String title, String html) {
        return new FeedItem(title, "https://example.org/a.html", "https://example.org/a.html?utm_source=feed",
                "Summary", html, MARCH_5, MARCH_6,
                List.of(new Author("Jane Doe", "jane@example.org"), new Author("Bob", null)), List.of("java", "atom"),
                new Enclosure("https://example.org/img/a.png", 1234, "image/png"), 450, 2);
    }

    private static FeedItem plainItem(String description, String html, Instant updated) {
        return new FeedItem("Plain", "https://example.org/b.html", "https://example.org/b.html", description, html,
                MARCH_5, updated, List.of(), List.of(), null, 0, 1);
    }

    private static String write(FeedChannel channel, List<FeedItem> items) throws IOException {
        StringWriter out = new StringWriter();
        new AtomWriter().write(channel, items, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String xpath(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("a", ATOM_NS, "media", MEDIA_NS));
        return engine.evaluate(expression, new DOMSource(document));
    }

    private static int count(Document document, String expression) {
        return Integer.parseInt(xpath(document, "count(" + expression + ")"));
    }

    @Test
    void write_feed_idTitleSubtitleUpdated() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(xpath(feed, "/a:feed/a:id")).isEqualTo("https://example.org/atom.xml");
        assertThat(xpath(feed, "/a:feed/a:title")).isEqualTo("Example Blog");
        assertThat(xpath(feed, "/a:feed/a:subtitle")).isEqualTo("News from the example");
        assertThat(xpath(feed, "/a:feed/a:updated")).isEqualTo("2024-03-06T00:00:00Z");
    }

    @Test
    void write_feedLinks_alternateAndSelf() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(xpath(feed, "/a:feed/a:link[@rel='alternate']/@href")).isEqualTo("https://example.org/");
        assertThat(xpath(feed, "/a:feed/a:link[@rel='alternate']/@type")).isEqualTo("text/html");
        assertThat(xpath(feed, "/a:feed/a:link[@rel='self']/@href")).isEqualTo("https://example.org/atom.xml");
        assertThat(xpath(feed, "/a:feed/a:link[@rel='self']/@type")).isEqualTo("application/atom+xml");
        assertThat(count(feed, "/a:feed/a:link")).isEqualTo(2);
    }

    @Test
    void write_hub_linkWhenSet() throws Exception {
        Document feed = parse(write(channel("https://hub.example.org/", null), List.of()));

        assertThat(xpath(feed, "/a:feed/a:link[@rel='hub']/@href")).isEqualTo("https://hub.example.org/");
        assertThat(count(feed, "/a:feed/a:link[@rel='hub']")).isEqualTo(1);
    }

    @Test
    void write_noHub_noHubLink() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(count(feed, "/a:feed/a:link[@rel='hub']")).isZero();
    }

    @Test
    void write_feed_authorRightsGenerator() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(xpath(feed, "/a:feed/a:author/a:name")).isEqualTo("Ed Itor");
        assertThat(xpath(feed, "/a:feed/a:author/a:email")).isEqualTo("editor@example.org");
        assertThat(xpath(feed, "/a:feed/a:rights")).isEqualTo("© 2024 Example");
        assertThat(xpath(feed, "/a:feed/a:generator")).isEqualTo("markfeed");
        assertThat(xpath(feed, "/a:feed/a:generator/@version")).isEqualTo("1.0");
    }

    @Test
    void write_feed_iconAndLogo() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(xpath(feed, "/a:feed/a:icon")).isEqualTo("https://example.org/favicon.ico");
        assertThat(xpath(feed, "/a:feed/a:logo")).isEqualTo("https://example.org/logo.png");
    }

    @Test
    void write_language_xmlLangOnRoot() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(feed.getDocumentElement().getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en-us");
    }

    @Test
    void write_nullOptionalFields_leftOut() throws Exception {
        Document feed = parse(write(emptyChannel(MARCH_6), List.of()));

        assertThat(count(feed, "/a:feed/a:subtitle")).isZero();
        assertThat(count(feed, "/a:feed/a:rights")).isZero();
        assertThat(count(feed, "/a:feed/a:icon")).isZero();
        assertThat(count(feed, "/a:feed/a:logo")).isZero();
        assertThat(feed.getDocumentElement().hasAttributeNS(XMLConstants.XML_NS_URI, "lang")).isFalse();
    }

    @Test
    void write_emptyFeed_idTitleUpdated() throws Exception {
        Document feed = parse(write(emptyChannel(MARCH_6), List.of()));

        assertThat(xpath(feed, "/a:feed/a:id")).isEqualTo("https://example.org/atom.xml");
        assertThat(xpath(feed, "/a:feed/a:title")).isEqualTo("Minimal");
        assertThat(xpath(feed, "/a:feed/a:updated")).isEqualTo("2024-03-06T00:00:00Z");
        assertThat(count(feed, "/a:feed/a:entry")).isZero();
    }

    @Test
    void write_emptyFeedWithoutDate_fixedFallbackDate() throws Exception {
        Document feed = parse(write(emptyChannel(null), List.of()));

        assertThat(xpath(feed, "/a:feed/a:updated")).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void write_entry_idTitleLinkDates() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>Body</p>\n"))));

        assertThat(count(feed, "/a:feed/a:entry")).isEqualTo(1);
        assertThat(xpath(feed, "/a:feed/a:entry/a:id")).isEqualTo("https://example.org/a.html");
        assertThat(xpath(feed, "/a:feed/a:entry/a:title")).isEqualTo("Hello");
        assertThat(xpath(feed, "/a:feed/a:entry/a:link[@rel='alternate']/@href"))
                .isEqualTo("https://example.org/a.html?utm_source=feed");
        assertThat(xpath(feed, "/a:feed/a:entry/a:link[@rel='alternate']/@type")).isEqualTo("text/html");
        assertThat(xpath(feed, "/a:feed/a:entry/a:published")).isEqualTo("2024-03-05T10:15:00Z");
        assertThat(xpath(feed, "/a:feed/a:entry/a:updated")).isEqualTo("2024-03-06T00:00:00Z");
    }

    @Test
    void write_entry_summaryAndHtmlContent() throws Exception {
        String html = "<p>Body with <a href=\"https://example.org/x?a=1&amp;b=2\">a link</a> & more</p>\n";

        Document feed = parse(write(channel(), List.of(item("Hello", html))));

        assertThat(xpath(feed, "/a:feed/a:entry/a:summary")).isEqualTo("Summary");
        assertThat(xpath(feed, "/a:feed/a:entry/a:summary/@type")).isIn("", "text");
        assertThat(xpath(feed, "/a:feed/a:entry/a:content/@type")).isEqualTo("html");
        assertThat(xpath(feed, "/a:feed/a:entry/a:content")).isEqualTo(html);
    }

    @Test
    void write_entry_categoriesInOrder() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>x</p>"))));

        assertThat(count(feed, "/a:feed/a:entry/a:category")).isEqualTo(2);
        assertThat(xpath(feed, "/a:feed/a:entry/a:category[1]/@term")).isEqualTo("java");
        assertThat(xpath(feed, "/a:feed/a:entry/a:category[2]/@term")).isEqualTo("atom");
    }

    @Test
    void write_entry_authorsWithOptionalEmail() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>x</p>"))));

        assertThat(count(feed, "/a:feed/a:entry/a:author")).isEqualTo(2);
        assertThat(xpath(feed, "/a:feed/a:entry/a:author[1]/a:name")).isEqualTo("Jane Doe");
        assertThat(xpath(feed, "/a:feed/a:entry/a:author[1]/a:email")).isEqualTo("jane@example.org");
        assertThat(xpath(feed, "/a:feed/a:entry/a:author[2]/a:name")).isEqualTo("Bob");
        assertThat(count(feed, "/a:feed/a:entry/a:author[2]/a:email")).isZero();
    }

    @Test
    void write_entryImage_enclosureLinkAndThumbnail() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>x</p>"))));

        String enclosure = "/a:feed/a:entry/a:link[@rel='enclosure']";
        assertThat(xpath(feed, enclosure + "/@href")).isEqualTo("https://example.org/img/a.png");
        assertThat(xpath(feed, enclosure + "/@length")).isEqualTo("1234");
        assertThat(xpath(feed, enclosure + "/@type")).isEqualTo("image/png");
        assertThat(xpath(feed, "/a:feed/a:entry/media:thumbnail/@url")).isEqualTo("https://example.org/img/a.png");
    }

    @Test
    void write_noImage_noEnclosureNoThumbnail() throws Exception {
        Document feed = parse(write(channel(), List.of(plainItem("S", "<p>x</p>", null))));

        assertThat(count(feed, "//a:link[@rel='enclosure']")).isZero();
        assertThat(count(feed, "//media:thumbnail")).isZero();
    }

    @Test
    void write_plainLink_sameAsId() throws Exception {
        Document feed = parse(write(channel(), List.of(plainItem("S", "<p>x</p>", null))));

        assertThat(xpath(feed, "/a:feed/a:entry/a:link[@rel='alternate']/@href")).isEqualTo("https://example.org/b.html");
        assertThat(xpath(feed, "/a:feed/a:entry/a:id")).isEqualTo("https://example.org/b.html");
    }

    @Test
    void write_noUpdate_updatedIsPublished() throws Exception {
        Document feed = parse(write(channel(), List.of(plainItem("S", "<p>x</p>", null))));

        assertThat(xpath(feed, "/a:feed/a:entry/a:updated")).isEqualTo("2024-03-05T10:15:00Z");
    }

    @Test
    void write_updateBeforePublished_updatedIsPublished() throws Exception {
        Instant earlier = MARCH_5.minusSeconds(86_400);

        Document feed = parse(write(channel(), List.of(plainItem("S", "<p>x</p>", earlier))));

        assertThat(xpath(feed, "/a:feed/a:entry/a:updated")).isEqualTo("2024-03-05T10:15:00Z");
        assertThat(xpath(feed, "/a:feed/a:entry/a:published")).isEqualTo("2024-03-05T10:15:00Z");
    }

    @Test
    void write_noSummaryNoContent_elementsLeftOut() throws Exception {
        Document feed = parse(write(channel(), List.of(plainItem(null, null, null))));

        assertThat(count(feed, "/a:feed/a:entry/a:summary")).isZero();
        assertThat(count(feed, "/a:feed/a:entry/a:content")).isZero();
    }

    @Test
    void write_items_keptInGivenOrder() throws Exception {
        List<FeedItem> items = List.of(item("Third", "<p>3</p>"), item("First", "<p>1</p>"), item("Second", "<p>2</p>"));

        Document feed = parse(write(channel(), items));

        assertThat(xpath(feed, "/a:feed/a:entry[1]/a:title")).isEqualTo("Third");
        assertThat(xpath(feed, "/a:feed/a:entry[2]/a:title")).isEqualTo("First");
        assertThat(xpath(feed, "/a:feed/a:entry[3]/a:title")).isEqualTo("Second");
        assertThat(xpath(feed, "/a:feed/a:entry[2]/a:content")).isEqualTo("<p>1</p>");
    }

    @Test
    void write_allDates_rfc3339InUtc() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>x</p>"), plainItem("S", "<p>y</p>", null))));

        assertThat(xpath(feed, "/a:feed/a:updated")).matches(RFC_3339).endsWith("Z");
        for (int entry = 1; entry <= 2; entry++) {
            assertThat(xpath(feed, "/a:feed/a:entry[" + entry + "]/a:published")).matches(RFC_3339).endsWith("Z");
            assertThat(xpath(feed, "/a:feed/a:entry[" + entry + "]/a:updated")).matches(RFC_3339).endsWith("Z");
        }
    }

    @Test
    void write_cdataTerminatorAndMarkup_decodedOnce() throws Exception {
        String title = "Why ]]> <b>matters</b> & \"quotes\"";
        String html = "<pre><code>if (a[b[0]]>1) {}\n]]>\n]]]]>&lt;done</code></pre>\n<!-- a]]>b -->";

        String xml = write(channel(), List.of(item(title, html)));
        Document feed = parse(xml);

        assertThat(xpath(feed, "/a:feed/a:entry/a:title")).isEqualTo(title);
        assertThat(xpath(feed, "/a:feed/a:entry/a:content")).isEqualTo(html);
        assertThat(xml).contains("<title type=\"text\">Why ]]&gt; &lt;b&gt;matters&lt;/b&gt; &amp; \"quotes\"</title>");
    }

    @Test
    void write_escapedSummaryAndCategory_decodedOnce() throws Exception {
        FeedItem item = new FeedItem("T", "https://example.org/a.html", "https://example.org/a.html", "Tom & Jerry <3",
                "<p>x</p>", MARCH_5, null, List.of(new Author("A & B", null)), List.of("C&C"), null, 0, 1);

        Document feed = parse(write(channel(), List.of(item)));

        assertThat(xpath(feed, "/a:feed/a:entry/a:summary")).isEqualTo("Tom & Jerry <3");
        assertThat(xpath(feed, "/a:feed/a:entry/a:category/@term")).isEqualTo("C&C");
        assertThat(xpath(feed, "/a:feed/a:entry/a:author/a:name")).isEqualTo("A & B");
    }

    @Test
    void write_xmlForbiddenCharacters_removed() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Bell\u0007 \uD800title", "<p>a\u0001b\uFFFF</p>"))));

        assertThat(xpath(feed, "/a:feed/a:entry/a:title")).isEqualTo("Bell title");
        assertThat(xpath(feed, "/a:feed/a:entry/a:content")).isEqualTo("<p>ab</p>");
    }

    @Test
    void write_germanAndThaiLocales_asciiDates() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("th-TH-u-nu-thai"))) {
                Locale.setDefault(locale);

                Document feed = parse(write(channel(), List.of(item("Hello", "<p>x</p>"))));

                assertThat(xpath(feed, "/a:feed/a:updated")).as("feed updated under %s", locale)
                        .isEqualTo("2024-03-06T00:00:00Z");
                assertThat(xpath(feed, "/a:feed/a:entry/a:published")).as("published under %s", locale)
                        .isEqualTo("2024-03-05T10:15:00Z");
                assertThat(xpath(feed, "/a:feed/a:entry/a:updated")).as("entry updated under %s", locale)
                        .isEqualTo("2024-03-06T00:00:00Z");
                assertThat(xpath(feed, "/a:feed/a:entry/a:link[@rel='enclosure']/@length")).as("length under %s", locale)
                        .isEqualTo("1234");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void write_thaiLocale_asciiOnlyOutput() throws Exception {
        Locale saved = Locale.getDefault();
        String xml;
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            xml = write(emptyChannel(MARCH_6), List.of(item("Hello", "<p>x</p>")));
        } finally {
            Locale.setDefault(saved);
        }

        assertThat(xml.chars().filter(c -> c > 127).count()).as("non-ASCII characters").isZero();
    }

    @Test
    void write_stylesheet_processingInstructionBeforeRoot() throws Exception {
        String xml = write(channel(null, "../../atom.xsl?theme=dark&lang=en"), List.of());
        Document feed = parse(xml);

        Node first = feed.getFirstChild();
        assertThat(first).isInstanceOf(ProcessingInstruction.class);
        ProcessingInstruction instruction = (ProcessingInstruction) first;
        assertThat(instruction.getTarget()).isEqualTo("xml-stylesheet");
        assertThat(instruction.getData()).isEqualTo("type=\"text/xsl\" href=\"../../atom.xsl?theme=dark&amp;lang=en\"");
        assertThat(xml.indexOf("<?xml-stylesheet")).isLessThan(xml.indexOf("<feed"));
    }

    @Test
    void write_noStylesheet_noProcessingInstruction() throws Exception {
        String xml = write(channel(), List.of());

        assertThat(xml).doesNotContain("xml-stylesheet");
    }

    @Test
    void write_output_utf8DeclarationAndLineFeeds() throws Exception {
        String xml = write(channel(), List.of(item("Привет", "<p>x</p>")));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(xml).doesNotContain("\r");
        assertThat(xml).contains(">Привет</title>");
    }

    @Test
    void write_sameInput_identicalOutput() throws Exception {
        List<FeedItem> items = List.of(item("Hello", "<p>x</p>"), plainItem(null, null, null));

        String first = write(channel("https://hub.example.org/", "atom.xsl"), items);
        String second = write(channel("https://hub.example.org/", "atom.xsl"), items);

        assertThat(second).isEqualTo(first);
    }
}
