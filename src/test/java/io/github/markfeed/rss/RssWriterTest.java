package io.github.markfeed.rss;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.feed.Enclosure;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.page.Author;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.InputSource;
import org.xmlunit.xpath.JAXPXPathEngine;

class RssWriterTest {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

    private static final Instant MARCH_5 = Instant.parse("2024-03-05T10:15:00Z");
    private static final Instant MARCH_6 = Instant.parse("2024-03-06T00:00:00Z");

    private static FeedChannel channel() {
        return new FeedChannel(
                "Example Blog",
                "https://example.org/",
                "News from the example",
                "en-us",
                "© 2024 Example",
                "editor@example.org (Ed Itor)",
                "web@example.org (Web Master)",
                60,
                "https://example.org/logo.png", null,
                null,
                "https://example.org/rss.xml", null,
                MARCH_5,
                MARCH_6, "1.0", List.of());
    }

    private static FeedChannel minimalChannel(String stylesheet) {
        return new FeedChannel("Minimal", "https://example.org/", "Nothing yet", null, null, null, null, null, null, null,
                stylesheet, "https://example.org/rss.xml", null, null, null, "1.0", List.of());
    }

    private static FeedItem item(String title, String html) {
        return new FeedItem(title, "https://example.org/a.html", "https://example.org/a.html", "Summary", html, MARCH_5, null,
                List.of(new Author("Jane Doe", "jane@example.org")), List.of("java", "rss"),
                new Enclosure("https://example.org/img/a.png", 1234, "image/png"), 0, 1);
    }

    private static FeedItem itemWithAuthors(List<Author> authors) {
        return new FeedItem("T", "https://example.org/a.html", "https://example.org/a.html", null, "<p>x</p>", MARCH_5, null, authors, List.of(), null, 0, 1);
    }

    private static String write(FeedChannel channel, List<FeedItem> items) throws IOException {
        StringWriter out = new StringWriter();
        new RssWriter().write(channel, items, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String xpath(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("content", CONTENT_NS, "dc", DC_NS, "atom", ATOM_NS, "media", MEDIA_NS));
        return engine.evaluate(expression, new DOMSource(document));
    }

    private static int count(Document document, String expression) {
        return Integer.parseInt(xpath(document, "count(" + expression + ")"));
    }

    @Test
    void write_channel_requiredAndOptionalElements() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(xpath(feed, "/rss/@version")).isEqualTo("2.0");
        assertThat(xpath(feed, "/rss/channel/title")).isEqualTo("Example Blog");
        assertThat(xpath(feed, "/rss/channel/link")).isEqualTo("https://example.org/");
        assertThat(xpath(feed, "/rss/channel/description")).isEqualTo("News from the example");
        assertThat(xpath(feed, "/rss/channel/language")).isEqualTo("en-us");
        assertThat(xpath(feed, "/rss/channel/copyright")).isEqualTo("© 2024 Example");
        assertThat(xpath(feed, "/rss/channel/managingEditor")).isEqualTo("editor@example.org (Ed Itor)");
        assertThat(xpath(feed, "/rss/channel/webMaster")).isEqualTo("web@example.org (Web Master)");
        assertThat(xpath(feed, "/rss/channel/generator")).isEqualTo("markfeed 1.0");
        assertThat(xpath(feed, "/rss/channel/docs")).isEqualTo("https://www.rssboard.org/rss-specification");
        assertThat(xpath(feed, "/rss/channel/ttl")).isEqualTo("60");
        assertThat(xpath(feed, "/rss/channel/pubDate")).isEqualTo("Tue, 05 Mar 2024 10:15:00 GMT");
        assertThat(xpath(feed, "/rss/channel/lastBuildDate")).isEqualTo("Wed, 06 Mar 2024 00:00:00 GMT");
    }

    @Test
    void write_channelImage_urlTitleLinkWithoutSize() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(xpath(feed, "/rss/channel/image/url")).isEqualTo("https://example.org/logo.png");
        assertThat(xpath(feed, "/rss/channel/image/title")).isEqualTo("Example Blog");
        assertThat(xpath(feed, "/rss/channel/image/link")).isEqualTo("https://example.org/");
        assertThat(count(feed, "/rss/channel/image/width")).isZero();
        assertThat(count(feed, "/rss/channel/image/height")).isZero();
    }

    @Test
    void write_atomSelfLink_hrefRelType() throws Exception {
        Document feed = parse(write(channel(), List.of()));

        assertThat(xpath(feed, "/rss/channel/atom:link/@href")).isEqualTo("https://example.org/rss.xml");
        assertThat(xpath(feed, "/rss/channel/atom:link/@rel")).isEqualTo("self");
        assertThat(xpath(feed, "/rss/channel/atom:link/@type")).isEqualTo("application/rss+xml");
    }

    @Test
    void write_item_elements() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>Body</p>\n"))));

        assertThat(count(feed, "/rss/channel/item")).isEqualTo(1);
        assertThat(xpath(feed, "/rss/channel/item/title")).isEqualTo("Hello");
        assertThat(xpath(feed, "/rss/channel/item/link")).isEqualTo("https://example.org/a.html");
        assertThat(xpath(feed, "/rss/channel/item/guid")).isEqualTo("https://example.org/a.html");
        assertThat(xpath(feed, "/rss/channel/item/guid/@isPermaLink")).isIn("", "true");
        assertThat(xpath(feed, "/rss/channel/item/description")).isEqualTo("Summary");
        assertThat(xpath(feed, "/rss/channel/item/pubDate")).isEqualTo("Tue, 05 Mar 2024 10:15:00 GMT");
        assertThat(xpath(feed, "/rss/channel/item/category[1]")).isEqualTo("java");
        assertThat(xpath(feed, "/rss/channel/item/category[2]")).isEqualTo("rss");
        assertThat(xpath(feed, "/rss/channel/item/author")).isEqualTo("jane@example.org (Jane Doe)");
        assertThat(xpath(feed, "/rss/channel/item/dc:creator")).isEqualTo("Jane Doe");
        assertThat(xpath(feed, "/rss/channel/item/content:encoded")).isEqualTo("<p>Body</p>\n");
    }

    @Test
    void write_itemImage_enclosureAndMediaContent() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>Body</p>"))));

        assertThat(xpath(feed, "/rss/channel/item/enclosure/@url")).isEqualTo("https://example.org/img/a.png");
        assertThat(xpath(feed, "/rss/channel/item/enclosure/@length")).isEqualTo("1234");
        assertThat(xpath(feed, "/rss/channel/item/enclosure/@type")).isEqualTo("image/png");
        assertThat(xpath(feed, "/rss/channel/item/media:content/@url")).isEqualTo("https://example.org/img/a.png");
        assertThat(xpath(feed, "/rss/channel/item/media:content/@medium")).isEqualTo("image");
        assertThat(xpath(feed, "/rss/channel/item/media:content/@type")).isEqualTo("image/png");
        assertThat(xpath(feed, "/rss/channel/item/media:content/@fileSize")).isEqualTo("1234");
    }

    @Test
    void write_unknownImageSize_lengthZero() throws Exception {
        FeedItem item = new FeedItem("T", "https://example.org/a.html", "https://example.org/a.html", null, "<p>x</p>", MARCH_5, null, List.of(),
                List.of(), new Enclosure("https://cdn.example.net/a.jpg", 0, "image/jpeg"), 0, 1);

        Document feed = parse(write(channel(), List.of(item)));

        assertThat(xpath(feed, "/rss/channel/item/enclosure/@length")).isEqualTo("0");
        assertThat(count(feed, "/rss/channel/item/media:content/@fileSize")).isZero();
    }

    @Test
    void write_noImage_noEnclosureNoMedia() throws Exception {
        Document feed = parse(write(channel(), List.of(itemWithAuthors(List.of()))));

        assertThat(count(feed, "//enclosure")).isZero();
        assertThat(count(feed, "//media:content")).isZero();
    }

    @Test
    void write_items_keptInGivenOrder() throws Exception {
        List<FeedItem> items = List.of(item("Third", "<p>3</p>"), item("First", "<p>1</p>"), item("Second", "<p>2</p>"));

        Document feed = parse(write(channel(), items));

        assertThat(xpath(feed, "/rss/channel/item[1]/title")).isEqualTo("Third");
        assertThat(xpath(feed, "/rss/channel/item[2]/title")).isEqualTo("First");
        assertThat(xpath(feed, "/rss/channel/item[3]/title")).isEqualTo("Second");
        assertThat(xpath(feed, "/rss/channel/item[2]/content:encoded")).isEqualTo("<p>1</p>");
    }

    @Test
    void write_namespaces_declaredOnRoot() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>Body</p>"))));
        Element root = feed.getDocumentElement();

        assertThat(root.getAttribute("xmlns:content")).isEqualTo(CONTENT_NS);
        assertThat(root.getAttribute("xmlns:dc")).isEqualTo(DC_NS);
        assertThat(root.getAttribute("xmlns:atom")).isEqualTo(ATOM_NS);
        assertThat(root.getAttribute("xmlns:media")).isEqualTo(MEDIA_NS);
    }

    @Test
    void write_namespaces_notRedeclaredBelowRoot() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>Body</p>"))));

        List<String> declarations = new ArrayList<>();
        NodeList all = feed.getDocumentElement().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                String name = attributes.item(j).getNodeName();
                if (name.startsWith("xmlns")) {
                    declarations.add(all.item(i).getNodeName() + " " + name);
                }
            }
        }
        assertThat(declarations).isEmpty();
    }

    @Test
    void write_noDublinCoreDuplicates() throws Exception {
        Document feed = parse(write(channel(), List.of(item("Hello", "<p>Body</p>"))));

        assertThat(count(feed, "//dc:date")).isZero();
        assertThat(count(feed, "//dc:language")).isZero();
    }

    @Test
    void write_stylesheet_processingInstructionBeforeRoot() throws Exception {
        String xml = write(minimalChannel("/feed.xsl?theme=dark&lang=en"), List.of());
        Document feed = parse(xml);

        Node first = feed.getFirstChild();
        assertThat(first).isInstanceOf(ProcessingInstruction.class);
        ProcessingInstruction instruction = (ProcessingInstruction) first;
        assertThat(instruction.getTarget()).isEqualTo("xml-stylesheet");
        assertThat(instruction.getData()).isEqualTo("type=\"text/xsl\" href=\"/feed.xsl?theme=dark&amp;lang=en\"");
        assertThat(xml.indexOf("<?xml-stylesheet")).isLessThan(xml.indexOf("<rss"));
    }

    @Test
    void write_noStylesheet_noProcessingInstruction() throws Exception {
        String xml = write(minimalChannel(null), List.of());

        assertThat(xml).doesNotContain("xml-stylesheet");
    }

    @Test
    void write_cdataTerminatorInContent_decodedIdentical() throws Exception {
        String html = "<pre><code>if (a[b[0]]>1) {}\n]]>\n]]]]>&lt;done</code></pre>\n";

        String xml = write(channel(), List.of(item("Code", html)));
        Document feed = parse(xml);

        assertThat(xpath(feed, "/rss/channel/item/content:encoded")).isEqualTo(html);
        assertThat(xml).contains("<![CDATA[");
    }

    @Test
    void write_contentEndingInBrackets_decodedIdentical() throws Exception {
        String html = "<p>ends with ]]";

        Document feed = parse(write(channel(), List.of(item("Edge", html))));

        assertThat(xpath(feed, "/rss/channel/item/content:encoded")).isEqualTo(html);
    }

    @Test
    void write_arrowTitle_escapedOnce() throws Exception {
        String xml = write(channel(), List.of(item("Input->Output", "<p>x</p>")));

        assertThat(xpath(parse(xml), "/rss/channel/item/title")).isEqualTo("Input->Output");
        assertThat(xml).doesNotContain("&amp;gt;");
    }

    @Test
    void write_ampersandTitle_escapedOnce() throws Exception {
        String xml = write(channel(), List.of(item("Bread & Butter", "<p>x</p>")));

        assertThat(xpath(parse(xml), "/rss/channel/item/title")).isEqualTo("Bread & Butter");
        assertThat(xml).contains("<title>Bread &amp; Butter</title>");
    }

    @Test
    void write_quotedLessThanTitle_escapedOnce() throws Exception {
        String xml = write(channel(), List.of(item("\"a < b\"", "<p>x</p>")));

        assertThat(xpath(parse(xml), "/rss/channel/item/title")).isEqualTo("\"a < b\"");
        assertThat(xml).doesNotContain("&amp;lt;");
        assertThat(xml).doesNotContain("&amp;quot;");
    }

    @Test
    void write_escapedDescription_decodedOnce() throws Exception {
        FeedItem item = new FeedItem("T", "https://example.org/a.html", "https://example.org/a.html", "Tom & Jerry <3", "<p>x</p>", MARCH_5, null,
                List.of(), List.of("C&C"), null, 0, 1);

        Document feed = parse(write(channel(), List.of(item)));

        assertThat(xpath(feed, "/rss/channel/item/description")).isEqualTo("Tom & Jerry <3");
        assertThat(xpath(feed, "/rss/channel/item/category")).isEqualTo("C&C");
    }

    @Test
    void write_dates_englishUnderGermanAndThaiLocales() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("th-TH-u-nu-thai"))) {
                Locale.setDefault(locale);

                Document feed = parse(write(channel(), List.of(item("Hello", "<p>x</p>"))));

                assertThat(xpath(feed, "/rss/channel/pubDate")).as("channel pubDate under %s", locale)
                        .isEqualTo("Tue, 05 Mar 2024 10:15:00 GMT");
                assertThat(xpath(feed, "/rss/channel/lastBuildDate")).as("lastBuildDate under %s", locale)
                        .isEqualTo("Wed, 06 Mar 2024 00:00:00 GMT");
                assertThat(xpath(feed, "/rss/channel/item/pubDate")).as("item pubDate under %s", locale)
                        .isEqualTo("Tue, 05 Mar 2024 10:15:00 GMT");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void write_authorsWithoutEmail_noAuthorElement() throws Exception {
        Document feed = parse(write(channel(), List.of(itemWithAuthors(List.of(new Author("Jane Doe", null))))));

        assertThat(count(feed, "/rss/channel/item/author")).isZero();
        assertThat(xpath(feed, "/rss/channel/item/dc:creator")).isEqualTo("Jane Doe");
    }

    @Test
    void write_noAuthors_noAuthorNoCreator() throws Exception {
        Document feed = parse(write(channel(), List.of(itemWithAuthors(List.of()))));

        assertThat(count(feed, "/rss/channel/item/author")).isZero();
        assertThat(count(feed, "/rss/channel/item/dc:creator")).isZero();
    }

    @Test
    void write_severalAuthors_firstEmailUsed() throws Exception {
        List<Author> authors = List.of(new Author("Bob", null), new Author("Ann", "ann@example.org"), new Author("Cy", "cy@example.org"));

        Document feed = parse(write(channel(), List.of(itemWithAuthors(authors))));

        assertThat(count(feed, "/rss/channel/item/author")).isEqualTo(1);
        assertThat(xpath(feed, "/rss/channel/item/author")).isEqualTo("ann@example.org (Ann)");
        assertThat(count(feed, "/rss/channel/item/dc:creator")).isEqualTo(3);
        assertThat(xpath(feed, "/rss/channel/item/dc:creator[1]")).isEqualTo("Bob");
    }

    @Test
    void write_emptyItemList_validChannel() throws Exception {
        Document feed = parse(write(minimalChannel(null), List.of()));

        assertThat(xpath(feed, "/rss/channel/title")).isEqualTo("Minimal");
        assertThat(xpath(feed, "/rss/channel/description")).isEqualTo("Nothing yet");
        assertThat(count(feed, "/rss/channel/item")).isZero();
    }

    @Test
    void write_nullOptionalChannelFields_leftOut() throws Exception {
        Document feed = parse(write(minimalChannel(null), List.of()));

        assertThat(count(feed, "/rss/channel/language")).isZero();
        assertThat(count(feed, "/rss/channel/copyright")).isZero();
        assertThat(count(feed, "/rss/channel/managingEditor")).isZero();
        assertThat(count(feed, "/rss/channel/ttl")).isZero();
        assertThat(count(feed, "/rss/channel/image")).isZero();
        assertThat(count(feed, "/rss/channel/pubDate")).isZero();
        assertThat(count(feed, "/rss/channel/lastBuildDate")).isZero();
    }

    @Test
    void write_nonAsciiText_keptAsUtf8() throws Exception {
        String title = "Привет, 日本 \uD83D\uDE00";

        String xml = write(channel(), List.of(item(title, "<p>" + title + "</p>")));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(xpath(parse(xml), "/rss/channel/item/title")).isEqualTo(title);
        assertThat(xml).as("BMP characters written as UTF-8, not as references").contains("<title>Привет, 日本 ");
    }

    @Test
    void write_xmlForbiddenCharacters_removed() throws Exception {
        String xml = write(channel(), List.of(item("Bell\u0007 \uD800title", "<p>a\u0001b\uFFFF</p>")));

        Document feed = parse(xml);

        assertThat(xpath(feed, "/rss/channel/item/title")).isEqualTo("Bell title");
        assertThat(xpath(feed, "/rss/channel/item/content:encoded")).isEqualTo("<p>ab</p>");
    }

    @Test
    void write_lineEndings_lineFeedOnly() throws IOException {
        String xml = write(channel(), List.of(item("Hello", "<p>x</p>")));

        assertThat(xml).doesNotContain("\r");
        assertThat(xml).contains("\n  <channel>");
    }

    @Test
    void cdataSections_terminatorSplitBetweenBrackets() {
        assertThat(RssWriter.cdataSections("a]]>b]]>c")).containsExactly("a]]", ">b]]", ">c");
    }

    @Test
    void cdataSections_noTerminator_single() {
        assertThat(RssWriter.cdataSections("<p>plain</p>")).containsExactly("<p>plain</p>");
    }
}
