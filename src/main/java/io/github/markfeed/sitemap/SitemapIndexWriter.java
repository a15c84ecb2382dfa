package io.github.markfeed.sitemap;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** Writes a sitemap index, which lists the files of a sitemap split by the sitemaps.org limits. */
public final class SitemapIndexWriter {

    /**
     * One file listed in the index.
     *
     * @param location absolute URL of the file
     * @param lastModified newest {@code lastmod} of the file's URLs, or {@code null}
     */
    public record Part(String location, Instant lastModified) {}

    /** Writes the index to {@code out}, which the caller opens as UTF-8 and closes. */
    public void write(List<Part> parts, Writer out) throws IOException {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"")
                .append(SitemapWriter.NAMESPACE)
                .append("\">\n");
        for (Part part : parts) {
            xml.append("  <sitemap>\n    <loc>").append(SitemapWriter.escape(part.location())).append("</loc>\n");
            if (part.lastModified() != null) {
                xml.append("    <lastmod>").append(SitemapWriter.formatDate(part.lastModified())).append("</lastmod>\n");
            }
            xml.append("  </sitemap>\n");
        }
        xml.append("</sitemapindex>\n");
        out.write(xml.toString());
        out.flush();
    }
}
