package io.github.markfeed.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One feed of the site, written in one or more formats.
 *
 * @param id short name used in log lines and messages
 * @param directory folder of the feed's files relative to the output folder, empty for the top
 * @param title feed title
 * @param description feed description
 * @param filter which pages the feed takes
 * @param limit number of newest pages in the feed; 0 means all
 * @param formats formats to write
 * @param content how much of each page the feed carries
 */
public record FeedSpec(
        String id,
        String directory,
        String title,
        String description,
        FeedFilter filter,
        int limit,
        Set<FeedFormat> formats,
        ContentMode content) {

    public FeedSpec {
        Objects.requireNonNull(id, "id");
        directory = directory == null ? "" : directory.replaceAll("^/+|/+$", "");
        Objects.requireNonNull(title, "title");
        filter = filter == null ? FeedFilter.ALL : filter;
        formats = formats == null || formats.isEmpty() ? EnumSet.allOf(FeedFormat.class) : EnumSet.copyOf(formats);
        content = content == null ? ContentMode.FULL : content;
        if (limit < 0) {
            throw new IllegalArgumentException("the limit of feed '" + id + "' must be 0 or more: " + limit);
        }
    }

    /** Returns the path of one of the feed's files relative to the output folder. */
    public String file(String fileName) {
        return directory.isEmpty() ? fileName : directory + "/" + fileName;
    }
}
