package io.github.markfeed.sitemap;

import io.github.markfeed.frontmatter.XmlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap in the sitemaps.org 0.9 format. The writer streams each entry as it comes, so
 * memory does not grow with the number of URLs.
 */
public final class SitemapWriter implements AutoCloseable {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** W3C datetime with seconds and {@code Z}, the form search engines document for {@code lastmod}. */
    private static final DateTimeFormatter W3C_DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private int count;

    /**
     * Starts a sitemap on {@code out}, which the caller opens as UTF-8 and closes.
     *
     * @throws IOException when the XML writer cannot start
     */
    public SitemapWriter(Writer out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IOException("could not start the sitemap: " + e.getMessage(), e);
        }
    }

    /** Writes one {@code url} element. */
    public void add(SitemapEntry entry) throws IOException {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("url");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("loc");
            xml.writeCharacters(XmlCharacters.clean(entry.location()));
            xml.writeEndElement();
            if (entry.lastModified() != null) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("lastmod");
                xml.writeCharacters(formatDate(entry.lastModified()));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            count++;
        } catch (XMLStreamException e) {
            throw new IOException("could not write a sitemap entry: " + e.getMessage(), e);
        }
    }

    /** Returns the number of URLs written so far. */
    public int count() {
        return count;
    }

    static String formatDate(Instant instant) {
        return W3C_DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Ends the document and flushes it; the underlying writer stays open. */
    @Override
    public void close() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not finish the sitemap: " + e.getMessage(), e);
        }
    }
}
