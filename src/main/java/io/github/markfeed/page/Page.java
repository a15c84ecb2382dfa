package io.github.markfeed.page;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.ContentMode;
import java.time.Instant;
import java.util.List;

/**
 * A page as read from its front matter, without its rendered body, which is built only for pages
 * that go into a feed.
 *
 * @param source the Markdown file
 * @param title plain-text title
 * @param published publication date, or {@code null} for an undated page
 * @param updated date of the last change, or {@code null}
 * @param description summary from the front matter, or {@code null}
 * @param tags tags and categories in their order, without duplicates
 * @param authors authors, possibly empty
 * @param image featured image reference as written, or {@code null}
 * @param url absolute, percent-encoded URL of the published page
 * @param draft whether the page is a draft ({@code draft: true} or {@code published: false})
 * @param inSitemap whether the page may be listed in the sitemap ({@code sitemap: false} excludes it)
 * @param feedContent the most content feeds may carry for this page ({@code feed_content}), or
 *     {@code null} for no limit
 * @param sitemap the page's sitemap settings
 */
public record Page(
        SourceFile source,
        String title,
        Instant published,
        Instant updated,
        String description,
        List<String> tags,
        List<Author> authors,
        String image,
        String url,
        boolean draft,
        boolean inSitemap,
        ContentMode feedContent,
        SitemapInfo sitemap) {

    /**
     * What the sitemap needs of a page beyond its URL and dates.
     *
     * @param noindex whether the page requests that search engines not index it ({@code noindex: true}
     *     or {@code robots: noindex})
     * @param changeFrequency {@code changefreq} from the front matter, or {@code null}
     * @param priority {@code priority} from the front matter, or {@code null}
     * @param language the page's language tag, or {@code null}
     * @param translationKey the key shared by translations of the page, or {@code null}
     * @param images image references found in the Markdown, as written
     */
    public record SitemapInfo(
            boolean noindex,
            String changeFrequency,
            Double priority,
            String language,
            String translationKey,
            List<String> images) {

        public static final SitemapInfo NONE = new SitemapInfo(false, null, null, null, null, List.of());

        public SitemapInfo {
            images = images == null ? List.of() : List.copyOf(images);
        }
    }

    /** Returns the date for the sitemap's {@code lastmod}: the update, else the publication, else null. */
    public Instant lastModified() {
        return updated != null ? updated : published;
    }
}
