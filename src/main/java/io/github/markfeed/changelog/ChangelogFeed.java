package io.github.markfeed.changelog;

import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.url.SiteUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns dated releases into feed items: one item per release, its section rendered as HTML with
 * the same link resolution as pages, and a plain-text summary such as
 * {@code Added 3, Fixed 2: Export to CSV; Faster start-up}.
 */
public final class ChangelogFeed {

    /** Maximum length of an item's description, in characters, before it is cut at a word. */
    static final int SUMMARY_LENGTH = 300;

    /** Suffix of the title of a release whose heading carries a {@code [YANKED]} marker. */
    static final String YANKED_SUFFIX = " [YANKED]";

    /** Tokens that {@code changelogItemTitle} may use. */
    public static final List<String> TITLE_TOKENS = List.of("{name}", "{version}", "{date}");

    private static final Pattern TOKEN = Pattern.compile("\\{[^{}]*}");

    private final MarkdownRenderer renderer;
    private final LinkRewriter links;
    private final Settings settings;

    /**
     * Inputs of the items.
     *
     * @param projectName the project's name, the {@code {name}} of item titles
     * @param itemTitle pattern of item titles with {@code {name}}, {@code {version}} and {@code {date}}
     * @param releaseUrl pattern of a release's link with {@code {version}}, or {@code null}
     * @param pageUrl absolute URL of the published changelog page, the base of relative links and anchors
     * @param sourceFolder folder of the changelog relative to the content folder, for links to other
     *     Markdown sources; empty for the top of the content folder
     * @param zone zone whose midnight starts each release day
     * @param wordsPerMinute reading speed for the reading time
     * @param linkParameters query parameters appended to each item's link, or {@code null}
     */
    public record Settings(
            String projectName,
            String itemTitle,
            String releaseUrl,
            String pageUrl,
            String sourceFolder,
            ZoneId zone,
            int wordsPerMinute,
            String linkParameters) {

        public Settings {
            Objects.requireNonNull(projectName, "projectName");
            Objects.requireNonNull(itemTitle, "itemTitle");
            Objects.requireNonNull(pageUrl, "pageUrl");
            sourceFolder = sourceFolder == null ? "" : sourceFolder;
            Objects.requireNonNull(zone, "zone");
            linkParameters = linkParameters == null || linkParameters.isBlank() ? null : linkParameters.strip();
        }
    }

    public ChangelogFeed(MarkdownRenderer renderer, LinkRewriter links, Settings settings) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.links = Objects.requireNonNull(links, "links");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Builds one item per release, in the order given.
     *
     * @param releases dated releases
     * @param linkDefinitions the changelog's link reference definitions, so that entries may use them
     * @param warnings receives a sentence for each link in a section that could not be resolved
     * @throws IllegalArgumentException when a release has no date
     */
    public List<FeedItem> items(List<Release> releases, String linkDefinitions, Consumer<String> warnings) {
        List<FeedItem> items = new ArrayList<>();
        for (Release release : releases) {
            items.add(item(release, linkDefinitions, warnings));
        }
        return items;
    }

    private FeedItem item(Release release, String linkDefinitions, Consumer<String> warnings) {
        if (release.date() == null) {
            throw new IllegalArgumentException("version " + release.version() + " has no date");
        }
        String html = null;
        String description = null;
        int words = 0;
        if (!release.markdown().isBlank()) {
            String rendered = renderer.render(release.markdown() + "\n" + linkDefinitions);
            html = links.rewrite(rendered, settings.pageUrl(), settings.sourceFolder(), warnings);
            description = summary(html);
            String text = LinkRewriter.plainText(html);
            words = text.isEmpty() ? 0 : text.split("\\s+").length;
        }
        return new FeedItem(
                title(release),
                id(release),
                withLinkParameters(link(release)),
                description,
                html,
                release.date().atStartOfDay(settings.zone()).toInstant(),
                null,
                List.of(),
                List.of(),
                null,
                words,
                Math.max(1, words / settings.wordsPerMinute()));
    }

    /** Returns the item's title from the pattern, with {@code [YANKED]} after it for a yanked release. */
    String title(Release release) {
        Map<String, String> values = Map.of(
                "{name}", settings.projectName(),
                "{version}", release.version(),
                "{date}", release.date() == null ? "" : release.date().toString());
        Matcher token = TOKEN.matcher(settings.itemTitle());
        StringBuilder title = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(title, Matcher.quoteReplacement(values.getOrDefault(token.group(), token.group())));
        }
        token.appendTail(title);
        String text = title.toString().strip();
        return release.yanked() ? text + YANKED_SUFFIX : text;
    }

    /**
     * Returns the item's id: the changelog page's URL with the fragment {@code release-} and the
     * version. It depends on the version alone, so it survives a corrected date, a new release
     * above it and a changed {@code changelogReleaseUrl}.
     */
    String id(Release release) {
        String encoded = URLEncoder.encode(release.version(), StandardCharsets.UTF_8).replace("+", "%2B");
        return pageWithoutFragment() + "#release-" + encoded;
    }

    /**
     * Returns the link readers open: the release page from the {@code releaseUrl} pattern, else the
     * version's link reference, else the heading's anchor on the changelog page.
     */
    String link(Release release) {
        if (settings.releaseUrl() != null) {
            return settings.releaseUrl().replace("{version}", release.version());
        }
        if (release.linkUrl() != null) {
            try {
                return SiteUrl.resolve(settings.pageUrl(), release.linkUrl());
            } catch (IllegalArgumentException e) {
                // An unusable reference falls back to the anchor below.
            }
        }
        return pageWithoutFragment() + "#" + release.anchor();
    }

    private String pageWithoutFragment() {
        int hash = settings.pageUrl().indexOf('#');
        return hash < 0 ? settings.pageUrl() : settings.pageUrl().substring(0, hash);
    }

    private String withLinkParameters(String url) {
        if (settings.linkParameters() == null) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + settings.linkParameters() + fragment;
    }

    /**
     * Summarizes a section's HTML: the number of list entries under each sub-heading, such as
     * {@code Added 3, Fixed 2}, then the first entries separated by {@code ;}, cut at
     * {@value #SUMMARY_LENGTH} characters. A section without lists is summarized by its text.
     */
    static String summary(String html) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        String group = null;
        for (Element element : Jsoup.parseBodyFragment(html).body().children()) {
            String tag = element.tagName();
            if (tag.matches("h[1-6]")) {
                group = element.text().strip();
            } else if (tag.equals("ul") || tag.equals("ol")) {
                for (Element entry : element.children()) {
                    if (!entry.tagName().equals("li")) {
                        continue;
                    }
                    String name = group == null || group.isEmpty() ? "Changes" : group;
                    counts.merge(name, 1, Integer::sum);
                    Element own = entry.clone();
                    own.select("ul, ol").remove();
                    String text = own.text().strip();
                    if (!text.isEmpty()) {
                        entries.add(text);
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            String text = LinkRewriter.plainText(html);
            return text.isEmpty() ? null : cut(text);
        }
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (summary.length() > 0) {
                summary.append(", ");
            }
            summary.append(count.getKey()).append(' ').append(count.getValue());
        }
        if (!entries.isEmpty()) {
            summary.append(": ").append(String.join("; ", entries));
        }
        return cut(summary.toString());
    }

    /** Cuts text at the last space before the limit and marks the cut with an ellipsis. */
    private static String cut(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        String head = space > SUMMARY_LENGTH / 2 ? text.substring(0, space) : text.substring(0, SUMMARY_LENGTH - 1);
        return head.replaceAll("[\\s;,:]+$", "") + "\u2026";
    }
}
