package io.github.markfeed.feed;

import java.time.Instant;

/**
 * Feed-level values, resolved to absolute URLs and dates.
 *
 * @param title plain-text title
 * @param link absolute URL of the site
 * @param description plain-text description
 * @param language language tag, or {@code null}
 * @param copyright copyright notice, or {@code null}
 * @param managingEditor editor's address in the {@code email (Name)} form, or {@code null}
 * @param webMaster webmaster's address in the {@code email (Name)} form, or {@code null}
 * @param ttl minutes a reader may cache the feed, or {@code null}
 * @param imageUrl absolute URL of the channel image, or {@code null}
 * @param stylesheet href of an XSL stylesheet, or {@code null}
 * @param selfUrl absolute URL the feed is published at
 * @param published date of the newest item, or {@code null} when there is none
 * @param lastBuild the build's reproducible date, or {@code null} when there is none
 * @param generator name and version of the generator
 */
public record FeedChannel(
        String title,
        String link,
        String description,
        String language,
        String copyright,
        String managingEditor,
        String webMaster,
        Integer ttl,
        String imageUrl,
        String stylesheet,
        String selfUrl,
        Instant published,
        Instant lastBuild,
        String generator) {}
