package io.github.markfeed.feed;

import io.github.markfeed.page.Author;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, ready to write in any format.
 *
 * @param title plain-text title
 * @param url absolute URL of the page, also its permanent id
 * @param description plain-text summary, or {@code null}
 * @param contentHtml the page's HTML with absolute links
 * @param published publication date
 * @param updated date of the last change, or {@code null}
 * @param authors authors, possibly empty
 * @param tags tags in their order
 * @param image the featured image, or {@code null}
 */
public record FeedItem(
        String title,
        String url,
        String description,
        String contentHtml,
        Instant published,
        Instant updated,
        List<Author> authors,
        List<String> tags,
        Enclosure image) {}
