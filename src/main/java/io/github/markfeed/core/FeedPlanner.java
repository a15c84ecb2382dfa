package io.github.markfeed.core;

import io.github.markfeed.content.Globs;
import io.github.markfeed.page.Page;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which feeds the site has (the main feed, one per tag when asked, and the custom ones)
 * and which pages each feed lists.
 */
final class FeedPlanner {

    /** Folder under the output folder that holds the tag feeds. */
    static final String TAG_FOLDER = "tags";

    private final SiteConfig config;

    FeedPlanner(SiteConfig config) {
        this.config = config;
    }

    /** Returns every feed with its pages, newest first; {@code dated} is already in feed order. */
    List<PlannedFeed> plan(List<Page> dated) {
        FeedOptions options = config.feedOptions();
        ChannelSettings channel = config.channel();
        List<PlannedFeed> feeds = new ArrayList<>();
        FeedSpec main = new FeedSpec("main", "", channel.title(), channel.description(), FeedFilter.ALL,
                config.feedLimit(), options.formats(), options.content());
        feeds.add(new PlannedFeed(main, select(main, dated), PlannedFeed.Kind.MAIN));
        if (options.tagFeeds()) {
            for (Map.Entry<String, String> tag : tagsBySlug(dated).entrySet()) {
                FeedSpec spec = new FeedSpec("tag " + tag.getValue(), TAG_FOLDER + "/" + tag.getKey(),
                        channel.title() + ": " + tag.getValue(), channel.description(),
                        new FeedFilter(tagsWithSlug(dated, tag.getKey()), List.of(), null),
                        config.feedLimit(), options.formats(), options.content());
                feeds.add(new PlannedFeed(spec, select(spec, dated), PlannedFeed.Kind.TAG));
            }
        }
        for (FeedSpec custom : options.customFeeds()) {
            feeds.add(new PlannedFeed(custom, select(custom, dated), PlannedFeed.Kind.CUSTOM));
        }
        return feeds;
    }

    private static List<Page> select(FeedSpec spec, List<Page> dated) {
        Globs matchers = Globs.of(spec.filter().paths());
        List<Page> selected = new ArrayList<>();
        for (Page page : dated) {
            if (spec.limit() > 0 && selected.size() == spec.limit()) {
                break;
            }
            if (matches(spec.filter(), matchers, page)) {
                selected.add(page);
            }
        }
        return selected;
    }

    private static boolean matches(FeedFilter filter, Globs matchers, Page page) {
        String source = page.source().relativePath();
        if (!filter.tags().isEmpty() && filter.tags().stream().noneMatch(page.tags()::contains)) {
            return false;
        }
        if (!matchers.isEmpty() && !matchers.matches(source)) {
            return false;
        }
        if (filter.section() != null) {
            int slash = source.indexOf('/');
            return slash > 0 && source.substring(0, slash).equals(filter.section());
        }
        return true;
    }

    /** Returns each tag slug with the first spelling of the tag, sorted by slug. */
    private static Map<String, String> tagsBySlug(List<Page> pages) {
        Map<String, String> bySlug = new TreeMap<>();
        for (Page page : pages) {
            for (String tag : page.tags()) {
                bySlug.putIfAbsent(tagSlug(tag), tag);
            }
        }
        return bySlug;
    }

    private static List<String> tagsWithSlug(List<Page> pages, String slug) {
        Map<String, Boolean> tags = new LinkedHashMap<>();
        for (Page page : pages) {
            for (String tag : page.tags()) {
                if (tagSlug(tag).equals(slug)) {
                    tags.put(tag, true);
                }
            }
        }
        return List.copyOf(tags.keySet());
    }

    /**
     * Turns a tag into one safe path segment: lower case, accents removed, every run of
     * characters other than letters and digits replaced by {@code -}. A tag with no letter or
     * digit, such as {@code ++}, gets its code points in hex instead.
     */
    static String tagSlug(String tag) {
        String decomposed = Normalizer.normalize(tag, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (!slug.isEmpty()) {
            return slug;
        }
        StringBuilder hex = new StringBuilder("tag");
        tag.codePoints().forEach(codePoint -> hex.append('-').append(Integer.toHexString(codePoint)));
        return hex.toString();
    }

    /**
     * A feed and the pages it lists.
     *
     * @param spec the feed
     * @param pages its pages, newest first, at most the feed's limit
     * @param kind where the feed comes from, for log lines
     */
    record PlannedFeed(FeedSpec spec, List<Page> pages, Kind kind) {
        enum Kind {
            MAIN,
            TAG,
            CUSTOM,
            /** The releases of the changelog; its pages are empty, since the changelog is not a page. */
            CHANGELOG
        }
    }
}
