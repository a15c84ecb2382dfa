package io.github.markfeed.core;

import io.github.markfeed.atom.AtomWriter;
import io.github.markfeed.core.FeedPlanner.PlannedFeed;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.feed.FeedItemFactory;
import io.github.markfeed.json.JsonFeedWriter;
import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.page.Author;
import io.github.markfeed.page.Page;
import io.github.markfeed.rss.RssWriter;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Stages every format of every planned feed, and markfeed's stylesheets when they are asked for. */
final class FeedPublisher {

    static final String RSS_STYLESHEET = "rss.xsl";
    static final String ATOM_STYLESHEET = "atom.xsl";

    private final SiteConfig config;
    private final FeedItemFactory items;
    private final Instant siteUpdated;
    private final String version;

    /**
     * @param siteUpdated newest date of any published page, the fallback date of a feed without
     *     items, or {@code null}
     */
    FeedPublisher(SiteConfig config, FeedItemFactory items, Instant siteUpdated, String version) {
        this.config = config;
        this.items = items;
        this.siteUpdated = siteUpdated;
        this.version = version;
    }

    /** A file written for a feed, for the summary log. */
    record StagedFeed(PlannedFeed feed, FeedFormat format, String file, int items) {}

    /** Stages all formats of one feed and returns what it staged. */
    List<StagedFeed> stage(PlannedFeed feed, StagedOutputs outputs) throws IOException {
        List<FeedItem> feedItems = new ArrayList<>();
        for (Page page : feed.pages()) {
            feedItems.add(items.item(page, feed.spec().content()));
        }
        return stage(feed, feedItems, format -> file(feed, format), config.siteUrl().base(), outputs);
    }

    /**
     * Stages all formats of a feed whose items are already built, such as the changelog feed.
     *
     * @param fileOf returns the path of the feed's file in a format, relative to the output folder
     * @param link absolute URL of the page the feed stands for, its channel link
     */
    List<StagedFeed> stage(
            PlannedFeed feed, List<FeedItem> feedItems, Function<FeedFormat, String> fileOf, String link,
            StagedOutputs outputs) throws IOException {
        List<StagedFeed> staged = new ArrayList<>();
        for (FeedFormat format : feed.spec().formats()) {
            String file = fileOf.apply(format);
            FeedChannel channel = channel(feed.spec(), feedItems, format, file, link);
            outputs.stage(file, out -> {
                switch (format) {
                    case RSS -> new RssWriter().write(channel, feedItems, out);
                    case ATOM -> new AtomWriter().write(channel, feedItems, out);
                    case JSON -> new JsonFeedWriter().write(channel, feedItems, out);
                }
            });
            staged.add(new StagedFeed(feed, format, file, feedItems.size()));
        }
        return staged;
    }

    /** Stages markfeed's own XSL stylesheets at the top of the output folder. */
    void stageStylesheets(StagedOutputs outputs) throws IOException {
        for (String name : List.of(RSS_STYLESHEET, ATOM_STYLESHEET)) {
            outputs.stage(name, out -> {
                try (InputStream in = FeedPublisher.class.getResourceAsStream("/io/github/markfeed/stylesheet/" + name)) {
                    if (in == null) {
                        throw new IOException("the plugin's stylesheet " + name + " is missing from its jar");
                    }
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        reader.transferTo(out);
                    }
                }
            });
        }
    }

    /** Returns a feed file's path relative to the output folder. */
    String file(PlannedFeed feed, FeedFormat format) {
        FeedOptions options = config.feedOptions();
        String configured = switch (format) {
            case RSS -> config.rssFile();
            case ATOM -> options.atomFile();
            case JSON -> options.jsonFeedFile();
        };
        if (feed.spec().directory().isEmpty()) {
            return configured;
        }
        return feed.spec().directory() + "/" + configured.substring(configured.lastIndexOf('/') + 1);
    }

    private FeedChannel channel(FeedSpec spec, List<FeedItem> feedItems, FeedFormat format, String file, String link) {
        ChannelSettings settings = config.channel();
        SiteUrl site = config.siteUrl();
        Instant newest = feedItems.stream().map(FeedItem::published).max(Comparator.naturalOrder()).orElse(null);
        Instant updated = config.buildTimestamp().orElse(newest);
        if (updated == null && format == FeedFormat.ATOM) {
            updated = siteUpdated;
        }
        return new FeedChannel(
                spec.title(),
                link,
                spec.description(),
                settings.language(),
                settings.copyright(),
                settings.managingEditor(),
                settings.webMaster(),
                settings.ttl(),
                config.siteUrl().resource(settings.image()),
                config.siteUrl().resource(settings.icon()),
                stylesheet(format, file),
                site.pageUrl(file),
                config.siteUrl().resource(config.feedOptions().hubUrl()),
                newest,
                updated,
                version,
                feedAuthors());
    }

    private String stylesheet(FeedFormat format, String file) {
        ChannelSettings settings = config.channel();
        if (settings.defaultStylesheets()) {
            String prefix = "../".repeat((int) file.chars().filter(c -> c == '/').count());
            return switch (format) {
                case RSS -> prefix + RSS_STYLESHEET;
                case ATOM -> prefix + ATOM_STYLESHEET;
                case JSON -> null;
            };
        }
        return switch (format) {
            case RSS -> settings.stylesheet();
            case ATOM -> settings.atomStylesheet();
            case JSON -> null;
        };
    }

    /**
     * Returns the site's authors for feed-level author elements, which Atom requires when an
     * entry has none: the configured author, else the managing editor, else the site's title.
     */
    private List<Author> feedAuthors() {
        ChannelSettings settings = config.channel();
        if (settings.defaultAuthor() != null) {
            return List.of(new Author(settings.defaultAuthor(), null));
        }
        String editor = settings.managingEditor();
        if (editor != null) {
            int open = editor.indexOf('(');
            int close = editor.lastIndexOf(')');
            String email = (open < 0 ? editor : editor.substring(0, open)).strip();
            String name = open >= 0 && close > open ? editor.substring(open + 1, close).strip() : email;
            return List.of(new Author(name, email));
        }
        return List.of(new Author(settings.title(), null));
    }
}
