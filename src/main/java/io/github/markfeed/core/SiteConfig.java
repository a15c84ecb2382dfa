package io.github.markfeed.core;

import io.github.markfeed.url.SiteUrl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of the generator needs, validated by the caller.
 *
 * @param siteUrl base URL of the published site
 * @param contentDirectory folder holding the Markdown pages
 * @param includes glob patterns, relative to the content folder, of the files that are pages
 * @param excludes glob patterns of files to leave out
 * @param permalink URL pattern of a page, relative to the site URL
 * @param outputDirectory folder the feed and sitemap are written to
 * @param displayDirectory folder that paths in log lines are shown relative to
 * @param channel channel-level feed values
 * @param feedLimit number of newest items in the feed; 0 means all
 * @param rssFile file name of the RSS feed, relative to the output folder
 * @param sitemapFile file name of the sitemap, relative to the output folder
 * @param includeFuture whether pages dated after {@code buildStart} are published
 * @param buildTimestamp reproducible build time ({@code project.build.outputTimestamp}), if set
 * @param buildStart the moment the build started; decides which pages are scheduled
 * @param feedOptions formats, extra feeds and content settings of the feeds
 * @param writeSitemap whether to write the sitemap
 * @param sitemapOptions splitting, extensions, exclusions and robots.txt of the sitemap
 * @param dateOptions time zone, date sources and date formats
 * @param changelog the changelog feed's settings; {@link ChangelogOptions#none()} for none
 * @param checks output validation, the page size limit and whether warnings fail the run
 */
public record SiteConfig(
        SiteUrl siteUrl,
        Path contentDirectory,
        List<String> includes,
        List<String> excludes,
        String permalink,
        Path outputDirectory,
        Path displayDirectory,
        ChannelSettings channel,
        int feedLimit,
        String rssFile,
        String sitemapFile,
        boolean includeFuture,
        Optional<Instant> buildTimestamp,
        Instant buildStart,
        FeedOptions feedOptions,
        boolean writeSitemap,
        SitemapOptions sitemapOptions,
        DateOptions dateOptions,
        ChangelogOptions changelog,
        CheckOptions checks) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");
    public static final String DEFAULT_PERMALINK = "/{path}.html";

    public SiteConfig {
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(channel, "channel");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        permalink = permalink == null ? DEFAULT_PERMALINK : permalink;
        displayDirectory = displayDirectory == null ? outputDirectory : displayDirectory;
        buildTimestamp = buildTimestamp == null ? Optional.empty() : buildTimestamp;
        Objects.requireNonNull(rssFile, "rssFile");
        Objects.requireNonNull(sitemapFile, "sitemapFile");
        Objects.requireNonNull(buildStart, "buildStart");
        feedOptions = feedOptions == null ? FeedOptions.defaults() : feedOptions;
        sitemapOptions = sitemapOptions == null ? SitemapOptions.defaults() : sitemapOptions;
        dateOptions = dateOptions == null ? DateOptions.defaults() : dateOptions;
        changelog = changelog == null ? ChangelogOptions.none() : changelog;
        checks = checks == null ? CheckOptions.defaults() : checks;
        if (feedLimit < 0) {
            throw new IllegalArgumentException("feedLimit must be 0 or more: " + feedLimit);
        }
    }

    /**
     * Starts a configuration with the four values every run needs; every other value has the
     * default a user gets by setting nothing.
     */
    public static Builder builder(SiteUrl siteUrl, Path contentDirectory, Path outputDirectory, ChannelSettings channel) {
        return new Builder(siteUrl, contentDirectory, outputDirectory, channel);
    }

    /** Builds a {@link SiteConfig} from named values, so that callers need not list twenty in order. */
    public static final class Builder {
        private final SiteUrl siteUrl;
        private final Path contentDirectory;
        private final Path outputDirectory;
        private final ChannelSettings channel;
        private List<String> includes;
        private List<String> excludes;
        private String permalink;
        private Path displayDirectory;
        private int feedLimit = 20;
        private String rssFile = "rss.xml";
        private String sitemapFile = "sitemap.xml";
        private boolean includeFuture;
        private Optional<Instant> buildTimestamp = Optional.empty();
        private Instant buildStart = Instant.now();
        private FeedOptions feedOptions;
        private boolean writeSitemap = true;
        private SitemapOptions sitemapOptions;
        private DateOptions dateOptions;
        private ChangelogOptions changelog;
        private CheckOptions checks;

        private Builder(SiteUrl siteUrl, Path contentDirectory, Path outputDirectory, ChannelSettings channel) {
            this.siteUrl = siteUrl;
            this.contentDirectory = contentDirectory;
            this.outputDirectory = outputDirectory;
            this.channel = channel;
        }

        public Builder includes(List<String> value) {
            includes = value;
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value;
            return this;
        }

        public Builder permalink(String value) {
            permalink = value;
            return this;
        }

        public Builder displayDirectory(Path value) {
            displayDirectory = value;
            return this;
        }

        public Builder feedLimit(int value) {
            feedLimit = value;
            return this;
        }

        public Builder rssFile(String value) {
            rssFile = value;
            return this;
        }

        public Builder sitemapFile(String value) {
            sitemapFile = value;
            return this;
        }

        public Builder includeFuture(boolean value) {
            includeFuture = value;
            return this;
        }

        public Builder buildTimestamp(Optional<Instant> value) {
            buildTimestamp = value;
            return this;
        }

        /** Sets the moment the build started, which decides which pages are scheduled. Default: now. */
        public Builder buildStart(Instant value) {
            buildStart = value;
            return this;
        }

        public Builder feedOptions(FeedOptions value) {
            feedOptions = value;
            return this;
        }

        public Builder writeSitemap(boolean value) {
            writeSitemap = value;
            return this;
        }

        public Builder sitemapOptions(SitemapOptions value) {
            sitemapOptions = value;
            return this;
        }

        public Builder dateOptions(DateOptions value) {
            dateOptions = value;
            return this;
        }

        public Builder changelog(ChangelogOptions value) {
            changelog = value;
            return this;
        }

        public Builder checks(CheckOptions value) {
            checks = value;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(siteUrl, contentDirectory, includes, excludes, permalink, outputDirectory,
                    displayDirectory, channel, feedLimit, rssFile, sitemapFile, includeFuture, buildTimestamp, buildStart,
                    feedOptions, writeSitemap, sitemapOptions, dateOptions, changelog, checks);
        }
    }
}
