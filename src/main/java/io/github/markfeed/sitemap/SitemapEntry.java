package io.github.markfeed.sitemap;

import java.time.Instant;
import java.util.List;

/**
 * One URL of a sitemap.
 *
 * @param location absolute, percent-encoded URL
 * @param lastModified date of the last change, or {@code null} to leave {@code lastmod} out
 * @param changeFrequency one of the seven {@code changefreq} words, or {@code null}
 * @param priority priority from 0.0 to 1.0, or {@code null}
 * @param images absolute URLs of the page's images, for the image extension
 * @param alternates the page's translations, itself included, for {@code xhtml:link} elements
 */
public record SitemapEntry(
        String location,
        Instant lastModified,
        String changeFrequency,
        Double priority,
        List<String> images,
        List<Alternate> alternates) {

    public SitemapEntry {
        images = images == null ? List.of() : List.copyOf(images);
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }

    /** Creates an entry with a location and a date only. */
    public SitemapEntry(String location, Instant lastModified) {
        this(location, lastModified, null, null, List.of(), List.of());
    }

    /**
     * One language version of a page.
     *
     * @param hreflang language tag such as {@code fr} or {@code en-US}, or {@code x-default}
     * @param href absolute URL of that version
     */
    public record Alternate(String hreflang, String href) {}
}
