package io.github.markfeed.feed;

import io.github.markfeed.page.Author;
import java.time.Instant;
import java.util.List;

/**
 * Feed-level values of one feed in one format, resolved to absolute URLs and dates.
 *
 * @param title plain-text title
 * @param link absolute URL of the site
 * @param description plain-text description
 * @param language language tag, or {@code null}
 * @param copyright copyright notice, or {@code null}
 * @param managingEditor editor's address in the {@code email (Name)} form, or {@code null}
 * @param webMaster webmaster's address in the {@code email (Name)} form, or {@code null}
 * @param ttl minutes a reader may cache the feed, or {@code null}
 * @param imageUrl absolute URL of the channel image or logo, or {@code null}
 * @param iconUrl absolute URL of a small square icon, or {@code null}
 * @param stylesheet href of an XSL stylesheet, or {@code null}
 * @param selfUrl absolute URL this file is published at
 * @param hubUrl absolute URL of a WebSub hub, or {@code null}
 * @param published date of the newest item, or {@code null} when there is none
 * @param updated the feed's reproducible last-change date, or {@code null} when there is none
 * @param generatorVersion markfeed's version
 * @param authors the site's authors, for formats that want feed-level authors
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
        String iconUrl,
        String stylesheet,
        String selfUrl,
        String hubUrl,
        Instant published,
        Instant updated,
        String generatorVersion,
        List<Author> authors) {

    public static final String GENERATOR_NAME = "markfeed";

    /** Returns the generator's name and version, such as {@code markfeed 0.1.0}. */
    public String generator() {
        return GENERATOR_NAME + " " + generatorVersion;
    }
}
