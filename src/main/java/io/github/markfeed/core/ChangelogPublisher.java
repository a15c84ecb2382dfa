package io.github.markfeed.core;

import io.github.markfeed.changelog.ChangelogFeed;
import io.github.markfeed.changelog.ChangelogParser;
import io.github.markfeed.changelog.GitTagDates;
import io.github.markfeed.changelog.Release;
import io.github.markfeed.core.FeedPlanner.PlannedFeed;
import io.github.markfeed.core.FeedPublisher.StagedFeed;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.frontmatter.SourceText;
import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.page.Page;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the changelog feed: reads the changelog before anything is written, so that its errors
 * are reported with the pages' errors, and later stages its files beside the other feeds.
 */
final class ChangelogPublisher {

    /** Id of the changelog feed in log lines, such as {@code Wrote RSS feed 'changelog' with 3 items}. */
    static final String FEED_ID = "changelog";

    /** A publisher that stages nothing, for a site without a changelog feed. */
    private static final ChangelogPublisher NONE = new ChangelogPublisher(null, null, List.of(), null);

    private final ChangelogOptions options;
    private final PlannedFeed feed;
    private final List<FeedItem> items;
    private final String pageUrl;

    private ChangelogPublisher(ChangelogOptions options, PlannedFeed feed, List<FeedItem> items, String pageUrl) {
        this.options = options;
        this.feed = feed;
        this.items = items;
        this.pageUrl = pageUrl;
    }

    /**
     * Reads the changelog and builds its items. Errors and warnings go to {@code problems}: a
     * malformed changelog is a content error, and a release without any date is left out with a
     * warning.
     *
     * @param published the published pages, for links from the changelog to other pages and for the
     *     changelog's own URL when it is one of them
     */
    static ChangelogPublisher read(SiteConfig config, BuildLog log, List<Page> published, ContentProblems problems)
            throws IOException {
        ChangelogOptions options = config.changelog();
        if (!options.enabled()) {
            return NONE;
        }
        Path file = options.file().toAbsolutePath().normalize();
        String display = display(config, file);
        String text = SourceText.read(file, display, problems);
        if (text == null) {
            return NONE;
        }
        ChangelogParser.Changelog changelog = new ChangelogParser().parse(text, display, problems);
        ZoneId zone = zone(config);
        List<Release> dated = datedReleases(changelog.releases(), file, display, zone, log, problems);
        log.debug("Read " + changelog.releases().size() + " releases from " + display + ", " + dated.size() + " of them dated");
        if (options.limit() > 0 && dated.size() > options.limit()) {
            dated = dated.subList(0, options.limit());
        }

        Map<String, String> urlBySource = new HashMap<>();
        for (Page page : published) {
            urlBySource.put(page.source().relativePath(), page.url());
        }
        Path content = config.contentDirectory().toAbsolutePath().normalize();
        Path folder = file.getParent();
        String sourceFolder = "";
        Function<String, String> pageUrlBySource = source -> null;
        String ownUrl = null;
        if (file.startsWith(content)) {
            // A changelog inside the content folder is a page too: links resolve as on that page.
            sourceFolder = slashes(content.relativize(folder));
            pageUrlBySource = urlBySource::get;
            ownUrl = urlBySource.get(slashes(content.relativize(file)));
        } else if (content.startsWith(folder)) {
            // The usual layout: CHANGELOG.md at the top, pages in src/site/markdown below it.
            String prefix = slashes(folder.relativize(content)) + "/";
            pageUrlBySource = source -> source.startsWith(prefix) ? urlBySource.get(source.substring(prefix.length())) : null;
        }
        String pageUrl = pageUrl(config, options, file, ownUrl);

        ChangelogFeed.Settings settings = new ChangelogFeed.Settings(
                options.projectName(),
                options.itemTitle(),
                options.releaseUrl(),
                pageUrl,
                sourceFolder,
                zone,
                config.feedOptions().wordsPerMinute(),
                config.feedOptions().linkParameters());
        ChangelogFeed changelogFeed = new ChangelogFeed(new MarkdownRenderer(), new LinkRewriter(pageUrlBySource), settings);
        List<FeedItem> items = changelogFeed.items(dated, changelog.linkDefinitions(),
                warning -> problems.warning(ContentProblem.inFile(display, warning)));

        FeedSpec spec = new FeedSpec(FEED_ID, "", options.title(), "Release notes of " + options.projectName(),
                FeedFilter.ALL, options.limit(), config.feedOptions().formats(), ContentMode.FULL);
        return new ChangelogPublisher(options, new PlannedFeed(spec, List.of(), PlannedFeed.Kind.CHANGELOG), items, pageUrl);
    }

    /** Stages the changelog feed in every format of the site, or nothing when the site has none. */
    List<StagedFeed> stage(FeedPublisher publisher, StagedOutputs outputs) throws IOException {
        if (feed == null) {
            return List.of();
        }
        return publisher.stage(feed, items, this::file, pageUrl, outputs);
    }

    private String file(FeedFormat format) {
        return switch (format) {
            case RSS -> options.rssFile();
            case ATOM -> options.atomFile();
            case JSON -> options.jsonFeedFile();
        };
    }

    // The one place that decides the zone of release dates: a date is midnight there.
    private static ZoneId zone(SiteConfig config) {
        return config.dateOptions().zone();
    }

    /**
     * Returns the releases that have a date, newest first; releases of the same day keep the
     * changelog's order. An undated release takes the date of its Git tag, or is left out with a
     * warning.
     */
    private static List<Release> datedReleases(
            List<Release> releases, Path file, String display, ZoneId zone, BuildLog log, ContentProblems problems)
            throws IOException {
        List<Release> dated = new ArrayList<>();
        Map<String, Instant> tagDates = null;
        for (Release release : releases) {
            if (release.date() != null) {
                dated.add(release);
                continue;
            }
            if (tagDates == null) {
                tagDates = GitTagDates.read(file, log);
            }
            Instant tagged = tagDates.get(release.version());
            if (tagged != null) {
                dated.add(release.withDate(LocalDate.ofInstant(tagged, zone)));
            } else {
                problems.warning(ContentProblem.at(display, release.line(), "version " + release.version()
                        + " has no date and no Git tag v" + release.version() + ", so it is left out of the changelog"
                        + " feed; add the date to its heading, such as '## [" + release.version() + "] - 2024-03-10'"));
            }
        }
        dated.sort(Comparator.comparing(Release::date, Comparator.reverseOrder()));
        return dated;
    }

    /**
     * Returns the changelog page's absolute URL: {@code changelogUrl} when set, else the page's own
     * URL when the changelog is a published page, else the site URL followed by the file name with
     * {@code .html} in place of {@code .md}.
     */
    private static String pageUrl(SiteConfig config, ChangelogOptions options, Path file, String ownUrl) {
        SiteUrl site = config.siteUrl();
        String configured = options.pageUrl();
        if (configured != null) {
            return site.resource(configured);
        }
        if (ownUrl != null) {
            return ownUrl;
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.(md|markdown)$", "") + ".html";
        return site.pageUrl(name);
    }

    /** Returns the path shown in messages: relative to the project folder, such as {@code CHANGELOG.md}. */
    private static String display(SiteConfig config, Path file) {
        Path base = config.displayDirectory().toAbsolutePath().normalize();
        return base.getRoot().equals(file.getRoot()) ? slashes(base.relativize(file)) : file.toString();
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
