package io.github.markfeed.sitemap;

import java.time.Instant;

/**
 * One URL of a sitemap.
 *
 * @param location absolute, percent-encoded URL
 * @param lastModified date of the last change, or {@code null} to leave {@code lastmod} out
 */
public record SitemapEntry(String location, Instant lastModified) {}
