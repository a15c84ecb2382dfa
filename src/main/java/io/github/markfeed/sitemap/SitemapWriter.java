package io.github.markfeed.sitemap;

import io.github.markfeed.frontmatter.XmlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes one sitemap file in the sitemaps.org 0.9 format, with the image and xhtml extensions.
 * Entries are written as they come, so memory does not grow with the number of URLs, and the
 * writer counts the UTF-8 bytes it wrote, so that a caller can split before the 50 MiB limit.
 */
public final class SitemapWriter implements AutoCloseable {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String IMAGE_NAMESPACE = "http://www.google.com/schemas/sitemap-image/1.1";
    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    /** The sitemaps.org limits of one file: 50,000 URLs and 50 MiB uncompressed. */
    public static final int MAX_URLS = 50_000;
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"" + NAMESPACE + "\" xmlns:image=\"" + IMAGE_NAMESPACE + "\" xmlns:xhtml=\""
            + XHTML_NAMESPACE + "\">\n";
    static final String FOOTER = "</urlset>\n";

    private static final DateTimeFormatter W3C_DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Writer out;
    private long bytes;
    private int count;

    /**
     * Starts a sitemap on {@code out}, which the caller opens as UTF-8 and closes.
     *
     * @throws IOException when writing fails
     */
    public SitemapWriter(Writer out) throws IOException {
        this.out = out;
        write(HEADER);
    }

    /** Writes one {@code url} element. */
    public void add(SitemapEntry entry) throws IOException {
        write(entryXml(entry));
        count++;
    }

    /** Writes an element already built with {@link #entryXml}. */
    void addXml(String xml) throws IOException {
        write(xml);
        count++;
    }

    /** Returns whether an element of {@code xml} still fits this file under the given limits. */
    boolean fits(String xml, int maxUrls, long maxBytes) {
        return count < maxUrls && bytes + utf8Length(xml) + utf8Length(FOOTER) <= maxBytes;
    }

    /** Returns the number of URLs written so far. */
    public int count() {
        return count;
    }

    /** Returns the number of bytes written so far, as UTF-8. */
    public long bytes() {
        return bytes;
    }

    /** Builds the {@code url} element of an entry, children in the order the schemas require. */
    static String entryXml(SitemapEntry entry) {
        StringBuilder xml = new StringBuilder(160);
        xml.append("  <url>\n    <loc>").append(escape(entry.location())).append("</loc>\n");
        if (entry.lastModified() != null) {
            xml.append("    <lastmod>").append(formatDate(entry.lastModified())).append("</lastmod>\n");
        }
        if (entry.changeFrequency() != null) {
            xml.append("    <changefreq>").append(entry.changeFrequency()).append("</changefreq>\n");
        }
        if (entry.priority() != null) {
            xml.append("    <priority>").append(String.format(Locale.ROOT, "%.1f", entry.priority())).append("</priority>\n");
        }
        for (String image : entry.images()) {
            xml.append("    <image:image>\n      <image:loc>").append(escape(image)).append("</image:loc>\n    </image:image>\n");
        }
        for (SitemapEntry.Alternate alternate : entry.alternates()) {
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(escape(alternate.hreflang()))
                    .append("\" href=\"").append(escape(alternate.href())).append("\"/>\n");
        }
        return xml.append("  </url>\n").toString();
    }

    static String formatDate(Instant instant) {
        return W3C_DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Escapes text for an XML element or a double-quoted attribute. */
    static String escape(String text) {
        String clean = XmlCharacters.clean(text);
        StringBuilder out = null;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(clean.length() + 16).append(clean, 0, i);
                }
                out.append(replacement);
            }
        }
        return out == null ? clean : out.toString();
    }

    /** Returns the number of bytes a string takes in UTF-8, without encoding it. */
    static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private void write(String text) throws IOException {
        out.write(text);
        bytes += utf8Length(text);
    }

    /** Ends the document and flushes it; the underlying writer stays open. */
    @Override
    public void close() throws IOException {
        write(FOOTER);
        out.flush();
    }
}
