package io.github.markfeed.feed;

import io.github.markfeed.page.Author;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, ready to write in any format.
 *
 * @param title plain-text title
 * @param url absolute URL of the page, also its permanent id
 * @param link the URL readers open, which may carry extra query parameters
 * @param description plain-text summary, or {@code null}
 * @param contentHtml the page's HTML with absolute links, or {@code null} when the feed carries
 *     no content
 * @param published publication date
 * @param updated date of the last change, or {@code null}
 * @param authors authors, possibly empty
 * @param tags tags in their order
 * @param image the featured image, or {@code null}
 * @param wordCount number of words of the page's text
 * @param readingMinutes estimated reading time in minutes, at least 1
 */
public record FeedItem(
        String title,
        String url,
        String link,
        String description,
        String contentHtml,
        Instant published,
        Instant updated,
        List<Author> authors,
        List<String> tags,
        Enclosure image,
        int wordCount,
        int readingMinutes) {}
