package io.github.markfeed.core;

import java.util.List;

/**
 * Which pages a feed takes. Every condition given must hold; an empty filter takes every page.
 *
 * @param tags the page must have at least one of these tags; empty means any page
 * @param paths glob patterns of source paths relative to the content folder, such as
 *     {@code blog/**}; the page's source must match one; empty means any page
 * @param section the first folder of the page's source path must be this one; {@code null}
 *     means any
 */
public record FeedFilter(List<String> tags, List<String> paths, String section) {

    public static final FeedFilter ALL = new FeedFilter(List.of(), List.of(), null);

    public FeedFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        paths = paths == null ? List.of() : List.copyOf(paths);
        section = section == null || section.isBlank() ? null : section.strip();
    }
}
