package io.github.markfeed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xmlunit.xpath.JAXPXPathEngine;

class SitemapWriterTest {

    private static String write(SitemapEntry... entries) throws IOException {
        StringWriter out = new StringWriter();
        try (SitemapWriter writer = new SitemapWriter(out)) {
            for (SitemapEntry entry : entries) {
                writer.add(entry);
            }
        }
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String xpath(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("s", SitemapWriter.NAMESPACE));
        return engine.evaluate(expression, new DOMSource(document));
    }

    @Test
    void write_entries_locAndLastmodInNamespace() throws Exception {
        Document sitemap = parse(write(
                new SitemapEntry("https://example.org/a.html", Instant.parse("2024-03-05T10:15:00Z")),
                new SitemapEntry("https://example.org/b.html", null)));

        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.NAMESPACE);
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xpath(sitemap, "count(/s:urlset/s:url)")).isEqualTo("2");
        assertThat(xpath(sitemap, "/s:urlset/s:url[1]/s:loc")).isEqualTo("https://example.org/a.html");
        assertThat(xpath(sitemap, "/s:urlset/s:url[1]/s:lastmod")).isEqualTo("2024-03-05T10:15:00Z");
        assertThat(xpath(sitemap, "/s:urlset/s:url[2]/s:loc")).isEqualTo("https://example.org/b.html");
    }

    @Test
    void write_noDate_noLastmod() throws Exception {
        Document sitemap = parse(write(new SitemapEntry("https://example.org/b.html", null)));

        assertThat(xpath(sitemap, "count(//s:lastmod)")).isEqualTo("0");
    }

    @Test
    void write_ampersandInLoc_escaped() throws Exception {
        String xml = write(new SitemapEntry("https://example.org/search?a=1&b=2", null));

        assertThat(xml).contains("<loc>https://example.org/search?a=1&amp;b=2</loc>");
        assertThat(xpath(parse(xml), "/s:urlset/s:url/s:loc")).isEqualTo("https://example.org/search?a=1&b=2");
    }

    @Test
    void write_forbiddenCharacterInLoc_removed() throws Exception {
        String xml = write(new SitemapEntry("https://example.org/a\u0001b.html", null));

        assertThat(xpath(parse(xml), "/s:urlset/s:url/s:loc")).isEqualTo("https://example.org/ab.html");
    }

    @Test
    void write_declarationAndLayout() throws IOException {
        String xml = write(new SitemapEntry("https://example.org/", Instant.parse("2024-03-05T00:00:00Z")));

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url>
                    <loc>https://example.org/</loc>
                    <lastmod>2024-03-05T00:00:00Z</lastmod>
                  </url>
                </urlset>
                """);
    }

    @Test
    void write_noEntries_emptyUrlset() throws Exception {
        Document sitemap = parse(write());

        assertThat(xpath(sitemap, "count(/s:urlset/s:url)")).isEqualTo("0");
    }

    @Test
    void count_entriesWritten() throws IOException {
        StringWriter out = new StringWriter();
        try (SitemapWriter writer = new SitemapWriter(out)) {
            assertThat(writer.count()).isZero();
            writer.add(new SitemapEntry("https://example.org/a", null));
            writer.add(new SitemapEntry("https://example.org/b", null));

            assertThat(writer.count()).isEqualTo(2);
        }
    }

    @Test
    void add_manyEntries_reachWriterBeforeClose() throws IOException {
        CountingWriter out = new CountingWriter();
        SitemapWriter writer = new SitemapWriter(out);

        for (int i = 0; i < 5_000; i++) {
            writer.add(new SitemapEntry("https://example.org/page-" + i + ".html", null));
        }

        assertThat(out.characters).as("characters passed on before close()").isGreaterThan(100_000);
        writer.close();
        assertThat(out.closed).as("the caller closes the underlying writer").isFalse();
    }

    @Test
    void formatDate_secondsTruncatedUtc() {
        assertThat(SitemapWriter.formatDate(Instant.parse("2024-03-05T10:15:30.987Z"))).isEqualTo("2024-03-05T10:15:30Z");
    }

    @Test
    void write_allFields_schemaOrder() throws IOException {
        String xml = write(new SitemapEntry(
                "https://example.org/en/a.html",
                Instant.parse("2024-03-05T10:15:00Z"),
                "weekly",
                0.8,
                List.of("https://example.org/img/a.png"),
                List.of(new SitemapEntry.Alternate("en", "https://example.org/en/a.html"),
                        new SitemapEntry.Alternate("fr", "https://example.org/fr/a.html"))));

        assertThat(xml).contains("""
                  <url>
                    <loc>https://example.org/en/a.html</loc>
                    <lastmod>2024-03-05T10:15:00Z</lastmod>
                    <changefreq>weekly</changefreq>
                    <priority>0.8</priority>
                    <image:image>
                      <image:loc>https://example.org/img/a.png</image:loc>
                    </image:image>
                    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/a.html"/>
                    <xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/a.html"/>
                  </url>
                """);
    }

    @Test
    void write_extensions_parseInTheirNamespaces() throws Exception {
        Document sitemap = parse(write(new SitemapEntry(
                "https://example.org/a.html", null, null, null,
                List.of("https://example.org/a.png"),
                List.of(new SitemapEntry.Alternate("x-default", "https://example.org/a.html")))));

        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("s", SitemapWriter.NAMESPACE, "image", SitemapWriter.IMAGE_NAMESPACE,
                "xhtml", SitemapWriter.XHTML_NAMESPACE));
        assertThat(engine.evaluate("/s:urlset/s:url/image:image/image:loc", new DOMSource(sitemap)))
                .isEqualTo("https://example.org/a.png");
        assertThat(engine.evaluate("/s:urlset/s:url/xhtml:link/@hreflang", new DOMSource(sitemap))).isEqualTo("x-default");
    }

    @Test
    void write_priorityOneDecimal() throws IOException {
        String xml = write(new SitemapEntry("https://example.org/a", null, null, 1.0, List.of(), List.of()),
                new SitemapEntry("https://example.org/b", null, null, 0.0, List.of(), List.of()),
                new SitemapEntry("https://example.org/c", null, null, 0.25, List.of(), List.of()));

        assertThat(xml).contains("<priority>1.0</priority>");
        assertThat(xml).contains("<priority>0.0</priority>");
        assertThat(xml).contains("<priority>0.3</priority>");
    }

    @Test
    void write_specialCharactersInImageAndAlternate_escaped() throws Exception {
        String image = "https://example.org/img?a=1&b='2'";
        String href = "https://example.org/fr/a?x=\"1\"&y=<2>";
        String xml = write(new SitemapEntry("https://example.org/a", null, null, null, List.of(image),
                List.of(new SitemapEntry.Alternate("fr", href))));

        assertThat(xml).contains("<image:loc>https://example.org/img?a=1&amp;b=&apos;2&apos;</image:loc>");
        assertThat(xml).contains("href=\"https://example.org/fr/a?x=&quot;1&quot;&amp;y=&lt;2&gt;\"");
        Document sitemap = parse(xml);
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("image", SitemapWriter.IMAGE_NAMESPACE, "xhtml", SitemapWriter.XHTML_NAMESPACE));
        assertThat(engine.evaluate("//image:loc", new DOMSource(sitemap))).isEqualTo(image);
        assertThat(engine.evaluate("//xhtml:link/@href", new DOMSource(sitemap))).isEqualTo(href);
    }

    @Test
    void bytes_countsUtf8() throws IOException {
        StringWriter out = new StringWriter();
        try (SitemapWriter writer = new SitemapWriter(out)) {
            writer.add(new SitemapEntry("https://example.org/é€😀", null));

            assertThat(writer.bytes()).isEqualTo(out.toString().getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void utf8Length_matchesEncoder() {
        for (String text : List.of("abc", "é", "€", "😀", "привет мир")) {
            assertThat(SitemapWriter.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** Counts the characters passed on, without keeping them. */
    private static final class CountingWriter extends Writer {
        long characters;
        boolean closed;

        @Override
        public void write(char[] buffer, int offset, int length) {
            characters += length;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            closed = true;
        }
    }
}
