package io.github.markfeed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xmlunit.xpath.JAXPXPathEngine;

class SitemapIndexWriterTest {

    private static String write(SitemapIndexWriter.Part... parts) throws IOException {
        StringWriter out = new StringWriter();
        new SitemapIndexWriter().write(List.of(parts), out);
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
    void write_twoParts_layout() throws IOException {
        String xml = write(
                new SitemapIndexWriter.Part("https://example.org/sitemap-1.xml", Instant.parse("2024-03-05T10:15:30.5Z")),
                new SitemapIndexWriter.Part("https://example.org/sitemap-2.xml", null));

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap>
                    <loc>https://example.org/sitemap-1.xml</loc>
                    <lastmod>2024-03-05T10:15:30Z</lastmod>
                  </sitemap>
                  <sitemap>
                    <loc>https://example.org/sitemap-2.xml</loc>
                  </sitemap>
                </sitemapindex>
                """);
    }

    @Test
    void write_parsesAsSitemapIndex() throws Exception {
        Document index = parse(write(new SitemapIndexWriter.Part("https://example.org/a-1.xml.gz", null)));

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.NAMESPACE);
        assertThat(xpath(index, "count(/s:sitemapindex/s:sitemap)")).isEqualTo("1");
        assertThat(xpath(index, "/s:sitemapindex/s:sitemap/s:loc")).isEqualTo("https://example.org/a-1.xml.gz");
    }

    @Test
    void write_ampersandInLoc_escaped() throws Exception {
        String xml = write(new SitemapIndexWriter.Part("https://example.org/map?a=1&b=2", null));

        assertThat(xml).contains("<loc>https://example.org/map?a=1&amp;b=2</loc>");
        assertThat(xpath(parse(xml), "/s:sitemapindex/s:sitemap/s:loc")).isEqualTo("https://example.org/map?a=1&b=2");
    }
}
