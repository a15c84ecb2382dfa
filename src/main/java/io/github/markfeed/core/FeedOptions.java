package io.github.markfeed.core;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Settings for the feeds beyond the channel values.
 *
 * @param formats formats of the main feed and the default for the other feeds
 * @param atomFile file name of Atom feeds
 * @param jsonFeedFile file name of JSON feeds
 * @param content how much of each page the main feed carries
 * @param tagFeeds whether to write one feed per tag under {@code tags/<tag>/}
 * @param customFeeds further feeds the site defines
 * @param itemTemplate Mustache template wrapping each item's HTML, or {@code null}
 * @param wordsPerMinute reading speed for the reading time
 * @param hubUrl WebSub hub URL, or {@code null}
 * @param linkParameters query parameters appended to item links in feeds, such as
 *     {@code utm_source=feed}, or {@code null}
 * @param defaultStylesheets whether to write markfeed's own XSL stylesheets and link them
 */
public record FeedOptions(
        Set<FeedFormat> formats,
        String atomFile,
        String jsonFeedFile,
        ContentMode content,
        boolean tagFeeds,
        List<FeedSpec> customFeeds,
        Path itemTemplate,
        int wordsPerMinute,
        String hubUrl,
        String linkParameters,
        boolean defaultStylesheets) {

    public static final int DEFAULT_WORDS_PER_MINUTE = 200;

    public FeedOptions {
        formats = formats == null || formats.isEmpty() ? EnumSet.allOf(FeedFormat.class) : EnumSet.copyOf(formats);
        atomFile = atomFile == null ? "atom.xml" : atomFile;
        jsonFeedFile = jsonFeedFile == null ? "feed.json" : jsonFeedFile;
        content = content == null ? ContentMode.FULL : content;
        customFeeds = customFeeds == null ? List.of() : List.copyOf(customFeeds);
        if (wordsPerMinute < 1) {
            throw new IllegalArgumentException("wordsPerMinute must be at least 1: " + wordsPerMinute);
        }
    }

    /** Returns the options of a site that sets none: all three formats, full content, no extra feeds. */
    public static FeedOptions defaults() {
        return new FeedOptions(null, null, null, null, false, null, null, DEFAULT_WORDS_PER_MINUTE, null, null, false);
    }

    /** Returns these options with other formats. */
    public FeedOptions withFormats(Set<FeedFormat> newFormats) {
        return new FeedOptions(newFormats, atomFile, jsonFeedFile, content, tagFeeds, customFeeds, itemTemplate,
                wordsPerMinute, hubUrl, linkParameters, defaultStylesheets);
    }
}
