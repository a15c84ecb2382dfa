package io.github.markfeed.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run wrote.
 *
 * @param rssFile the main feed's first file, or {@code null} when it has no format
 * @param sitemapFile the sitemap, or {@code null} when none was written
 * @param feedItems number of items in the main feed
 * @param sitemapUrls number of URLs in the sitemap
 * @param publishedPages number of pages that are neither drafts nor scheduled
 * @param feedFiles every feed file, in the order they were written
 */
public record GenerationResult(Path rssFile, Path sitemapFile, int feedItems, int sitemapUrls, int publishedPages, List<Path> feedFiles) {}
