package io.github.markfeed.core;

import java.nio.file.Path;

/**
 * Settings of the changelog feed, whose items are the releases of a changelog such as
 * {@code CHANGELOG.md}.
 *
 * @param file the changelog, or {@code null} for no changelog feed
 * @param rssFile path of the RSS feed relative to the output folder
 * @param atomFile path of the Atom feed relative to the output folder
 * @param jsonFeedFile path of the JSON Feed relative to the output folder
 * @param title title of the feed
 * @param projectName the project's name, the {@code {name}} of item titles
 * @param itemTitle pattern of item titles with {@code {name}}, {@code {version}} and {@code {date}}
 * @param releaseUrl pattern of a release's link with {@code {version}}, such as
 *     {@code https://github.com/org/repo/releases/tag/v{version}}, or {@code null}
 * @param pageUrl URL the changelog is published at, absolute or relative to the site URL, or
 *     {@code null} for the default: the page's own URL when the changelog is a page in the content
 *     folder, else the site URL followed by the file's name with {@code .html} for {@code .md}
 * @param limit number of newest releases in the feed; 0 means all
 */
public record ChangelogOptions(
        Path file,
        String rssFile,
        String atomFile,
        String jsonFeedFile,
        String title,
        String projectName,
        String itemTitle,
        String releaseUrl,
        String pageUrl,
        int limit) {

    public static final String DEFAULT_RSS_FILE = "changelog.xml";
    public static final String DEFAULT_ATOM_FILE = "changelog-atom.xml";
    public static final String DEFAULT_JSON_FEED_FILE = "changelog.json";
    public static final String DEFAULT_ITEM_TITLE = "{name} {version}";

    public ChangelogOptions {
        rssFile = rssFile == null ? DEFAULT_RSS_FILE : rssFile;
        atomFile = atomFile == null ? DEFAULT_ATOM_FILE : atomFile;
        jsonFeedFile = jsonFeedFile == null ? DEFAULT_JSON_FEED_FILE : jsonFeedFile;
        projectName = projectName == null ? "" : projectName;
        title = title == null ? (projectName + " releases").strip() : title;
        itemTitle = itemTitle == null ? DEFAULT_ITEM_TITLE : itemTitle;
        if (limit < 0) {
            throw new IllegalArgumentException("the changelog feed's limit must be 0 or more: " + limit);
        }
    }

    /** Returns the settings of a site without a changelog feed. */
    public static ChangelogOptions none() {
        return new ChangelogOptions(null, null, null, null, null, null, null, null, null, 0);
    }

    /** Returns whether a changelog feed is written. */
    public boolean enabled() {
        return file != null;
    }
}
