package io.github.markfeed.core;

import io.github.markfeed.sitemap.SitemapWriter;
import io.github.markfeed.url.TrailingSlash;
import java.util.List;

/**
 * Settings of the sitemap and robots.txt.
 *
 * @param maxUrls maximum URLs per sitemap file, 1 to 50,000
 * @param maxBytes maximum uncompressed bytes per sitemap file, at most 50 MiB
 * @param gzip whether to also write {@code .xml.gz} copies and list those in the index
 * @param images whether to list each page's images with the image extension
 * @param languages top-level content folders that hold one language each, such as {@code en}
 * @param defaultLanguage language whose version is the {@code x-default} alternate, or {@code null}
 * @param excludes glob patterns of source paths to leave out of the sitemap
 * @param scanOutput whether to also list the HTML files already in the output folder
 * @param additionalUrls extra URLs, absolute or relative to the site URL
 * @param trailingSlash rule for the final slash of every page URL
 * @param robotsTxt whether to write robots.txt
 * @param robotsRules the rules of robots.txt, or {@code null} to allow everything
 */
public record SitemapOptions(
        int maxUrls,
        long maxBytes,
        boolean gzip,
        boolean images,
        List<String> languages,
        String defaultLanguage,
        List<String> excludes,
        boolean scanOutput,
        List<String> additionalUrls,
        TrailingSlash trailingSlash,
        boolean robotsTxt,
        String robotsRules) {

    public SitemapOptions {
        if (maxUrls < 1 || maxUrls > SitemapWriter.MAX_URLS) {
            throw new IllegalArgumentException("maxUrls must be from 1 to " + SitemapWriter.MAX_URLS + ": " + maxUrls);
        }
        if (maxBytes < 1024 || maxBytes > SitemapWriter.MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be from 1024 to " + SitemapWriter.MAX_BYTES + ": " + maxBytes);
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        additionalUrls = additionalUrls == null ? List.of() : List.copyOf(additionalUrls);
        trailingSlash = trailingSlash == null ? TrailingSlash.KEEP : trailingSlash;
    }

    /** Returns the settings of a site that sets none: one file up to the limits, images on, no robots.txt. */
    public static SitemapOptions defaults() {
        return new SitemapOptions(SitemapWriter.MAX_URLS, SitemapWriter.MAX_BYTES, false, true, null, null, null, false,
                null, TrailingSlash.KEEP, false, null);
    }
}
