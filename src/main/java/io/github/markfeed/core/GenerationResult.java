package io.github.markfeed.core;

import java.nio.file.Path;

/**
 * What a run wrote.
 *
 * @param rssFile the RSS feed
 * @param sitemapFile the sitemap, or {@code null} when no page could be listed
 * @param feedItems number of items in the feed
 * @param sitemapUrls number of URLs in the sitemap
 * @param publishedPages number of pages that are neither drafts nor scheduled
 */
public record GenerationResult(Path rssFile, Path sitemapFile, int feedItems, int sitemapUrls, int publishedPages) {}
