package io.github.markfeed.maven;

import io.github.markfeed.core.ChangelogOptions;
import io.github.markfeed.core.ChannelSettings;
import io.github.markfeed.core.CheckOptions;
import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.DateOptions;
import io.github.markfeed.core.DateSource;
import io.github.markfeed.core.SetupException;
import io.github.markfeed.core.FeedFilter;
import io.github.markfeed.core.FeedFormat;
import io.github.markfeed.core.FeedOptions;
import io.github.markfeed.core.FeedSpec;
import io.github.markfeed.core.ContentException;
import io.github.markfeed.core.Generator;
import io.github.markfeed.core.SiteConfig;
import io.github.markfeed.core.SitemapOptions;
import io.github.markfeed.page.LanguageTags;
import io.github.markfeed.sitemap.SitemapWriter;
import io.github.markfeed.url.TrailingSlash;
import io.github.markfeed.url.SiteUrl;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds, a sitemap and optionally robots.txt from the
 * project's Markdown pages and changelog.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * Absolute http or https URL of the published site, such as {@code https://example.org/docs/}.
     * Page URLs, the feed's links and the sitemap's locations are built from it. Required; defaults
     * to the POM's {@code <url>}.
     */
    @Parameter(property = "markfeed.siteUrl", defaultValue = "${project.url}")
    String siteUrl;

    /**
     * Folder holding the Markdown pages. Defaults to the Maven site's own Markdown folder, so the
     * feed covers the pages that maven-site-plugin renders.
     */
    @Parameter(property = "markfeed.contentDirectory", defaultValue = "${project.basedir}/src/site/markdown")
    File contentDirectory;

    /**
     * Glob patterns, relative to {@code contentDirectory}, of the files that are pages.
     * Default: {@code **}{@code /*.md} and {@code **}{@code /*.markdown}.
     */
    @Parameter
    List<String> includes;

    /** Glob patterns, relative to {@code contentDirectory}, of files to leave out. Default: none. */
    @Parameter
    List<String> excludes;

    /**
     * URL pattern of a page, relative to {@code siteUrl}. Tokens: {@code {path}} (the file's path
     * relative to the content folder, without extension), {@code {slug}} (front matter
     * {@code slug}, else the file name without a date prefix), {@code {year}}, {@code {month}} and
     * {@code {day}} (of the page's date, in UTC). The default matches the pages maven-site-plugin
     * renders from the same folder.
     */
    @Parameter(property = "markfeed.permalink", defaultValue = "/{path}.html")
    String permalink;

    /** Folder the feed and the sitemap are written to. */
    @Parameter(property = "markfeed.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** Title of the feed. Defaults to the project's name. */
    @Parameter(property = "markfeed.title", defaultValue = "${project.name}")
    String title;

    /** Description of the feed. Defaults to the project's description, else to the title. */
    @Parameter(property = "markfeed.description", defaultValue = "${project.description}")
    String description;

    /** Language of the feed as a language tag, such as {@code en-us}. Default: none. */
    @Parameter(property = "markfeed.language")
    String language;

    /** Copyright notice of the feed. Default: none. */
    @Parameter(property = "markfeed.copyright")
    String copyright;

    /** E-mail address of the editor, as {@code editor@example.org (Jane Doe)}. Default: none. */
    @Parameter(property = "markfeed.managingEditor")
    String managingEditor;

    /** E-mail address of the webmaster, as {@code webmaster@example.org (Jane Doe)}. Default: none. */
    @Parameter(property = "markfeed.webMaster")
    String webMaster;

    /** Minutes a feed reader may cache the feed before fetching it again. Default: none. */
    @Parameter(property = "markfeed.ttl")
    Integer ttl;

    /**
     * URL of the channel image: absolute, or a path relative to {@code siteUrl}. Default: none.
     */
    @Parameter(property = "markfeed.image")
    String image;

    /**
     * Href of an XSL stylesheet for the RSS feeds; when set, each starts with an
     * {@code xml-stylesheet} instruction so that browsers show it as a page. The value
     * {@code default} writes markfeed's own stylesheets, {@code rss.xsl} and {@code atom.xsl}, into
     * {@code outputDirectory} and links every RSS and Atom feed to them. Default: none.
     */
    @Parameter(property = "markfeed.stylesheet")
    String stylesheet;

    /** Href of an XSL stylesheet for the Atom feeds, when {@code stylesheet} is not {@code default}. Default: none. */
    @Parameter(property = "markfeed.atomStylesheet")
    String atomStylesheet;

    /**
     * URL of a small square icon (favicon): absolute, or a path relative to {@code siteUrl}. It
     * becomes the Atom {@code icon} and the JSON Feed {@code favicon}. Default: none.
     */
    @Parameter(property = "markfeed.icon")
    String icon;

    /** Comma-separated feed formats: {@code rss}, {@code atom}, {@code json}. */
    @Parameter(property = "markfeed.formats", defaultValue = "rss,atom,json")
    String formats;

    /** File name of the Atom feed, relative to {@code outputDirectory}. */
    @Parameter(property = "markfeed.atomFile", defaultValue = "atom.xml")
    String atomFile;

    /** File name of the JSON Feed, relative to {@code outputDirectory}. */
    @Parameter(property = "markfeed.jsonFeedFile", defaultValue = "feed.json")
    String jsonFeedFile;

    /**
     * How much of each page the feeds carry: {@code full} (the page's HTML and its summary),
     * {@code summary} (the summary only) or {@code none} (title, link and date). A page's front
     * matter can lower it with {@code feed_content}.
     */
    @Parameter(property = "markfeed.content", defaultValue = "full")
    String content;

    /** Whether to write one feed per tag, under {@code tags/<tag>/}, in every format. */
    @Parameter(property = "markfeed.tagFeeds", defaultValue = "false")
    boolean tagFeeds;

    /** Further feeds, each with its own folder, filter, limit, formats and content. Default: none. */
    @Parameter
    List<CustomFeed> feeds;

    /**
     * Mustache template that wraps each item's HTML in the feeds. Variables: {@code title},
     * {@code url}, {@code link}, {@code content} (use {@code {{{content}}}}), {@code summary},
     * {@code image}, {@code hasImage}, {@code readingTime}, {@code wordCount}, {@code date},
     * {@code dateIso}, {@code tags}, {@code author}, {@code authors}. Default: none, the item is the
     * page's HTML.
     */
    @Parameter(property = "markfeed.itemTemplate")
    File itemTemplate;

    /** Reading speed used for the reading time, in words per minute. */
    @Parameter(property = "markfeed.wordsPerMinute", defaultValue = "200")
    int wordsPerMinute;

    /** URL of a WebSub hub to advertise in every feed. Default: none. */
    @Parameter(property = "markfeed.hubUrl")
    String hubUrl;

    /**
     * Query parameters appended to each item's link in the feeds, such as
     * {@code utm_source=feed}. Ids and guids keep the plain URL. Default: none.
     */
    @Parameter(property = "markfeed.linkParameters")
    String linkParameters;

    /** Whether to write the sitemap. */
    @Parameter(property = "markfeed.sitemap", defaultValue = "true")
    boolean sitemap;

    /**
     * Maximum URLs per sitemap file, from 1 to 50,000 (the sitemaps.org limit). A larger sitemap is
     * split into {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... listed by a sitemap index under
     * {@code sitemapFile}. Files are also split before 50 MiB, counted while they are written.
     */
    @Parameter(property = "markfeed.sitemapMaxUrls", defaultValue = "50000")
    int sitemapMaxUrls;

    /** Whether to also write a gzip copy ({@code .xml.gz}) of each sitemap file; the index then lists the copies. */
    @Parameter(property = "markfeed.sitemapGzip", defaultValue = "false")
    boolean sitemapGzip;

    /** Whether to list each page's featured image and the images in its Markdown with the sitemap image extension. */
    @Parameter(property = "markfeed.sitemapImages", defaultValue = "true")
    boolean sitemapImages;

    /**
     * Top-level content folders that hold one language each, such as {@code en} and {@code fr}.
     * Pages at the same path in two of them are translations, listed with {@code xhtml:link}
     * alternates. Front matter {@code lang} and {@code translationKey} do the same for any layout.
     * Default: none.
     */
    @Parameter
    List<String> languages;

    /** Language whose version of a page is its {@code x-default} alternate. Default: none. */
    @Parameter(property = "markfeed.defaultLanguage")
    String defaultLanguage;

    /**
     * Glob patterns of source paths, relative to {@code contentDirectory}, to leave out of the
     * sitemap (they stay in the feeds). {@code 404.md} is always left out. Default: none.
     */
    @Parameter
    List<String> sitemapExcludes;

    /**
     * Whether to also list the HTML files already in {@code outputDirectory}, such as the pages
     * maven-site-plugin or Javadoc wrote there, except those whose robots meta element contains
     * {@code noindex}. Run {@code mvn site package} so that they exist first.
     */
    @Parameter(property = "markfeed.sitemapScanOutput", defaultValue = "false")
    boolean sitemapScanOutput;

    /** Extra URLs for the sitemap: absolute, or paths relative to {@code siteUrl}. Default: none. */
    @Parameter
    List<String> additionalUrls;

    /**
     * The final-slash rule for every page URL: {@code keep} (as the permalink gives it),
     * {@code always} (paths whose last segment has no dot end in {@code /}) or {@code never}.
     */
    @Parameter(property = "markfeed.trailingSlash", defaultValue = "keep")
    String trailingSlash;

    /**
     * Whether to write {@code robots.txt} with a {@code Sitemap:} line. A {@code robots.txt} in
     * {@code contentDirectory} is left alone, with a warning.
     */
    @Parameter(property = "markfeed.robotsTxt", defaultValue = "false")
    boolean robotsTxt;

    /**
     * The rules of {@code robots.txt}, one per line. Default: every crawler may fetch everything
     * ({@code User-agent: *} and an empty {@code Disallow:}).
     */
    @Parameter(property = "markfeed.robotsRules")
    String robotsRules;

    /** Author name for pages whose front matter names none. Default: none. */
    @Parameter(property = "markfeed.author")
    String author;

    /** Number of newest pages in the feed; {@code 0} means all. */
    @Parameter(property = "markfeed.feedLimit", defaultValue = "20")
    int feedLimit;

    /** File name of the RSS feed, relative to {@code outputDirectory}. */
    @Parameter(property = "markfeed.rssFile", defaultValue = "rss.xml")
    String rssFile;

    /** File name of the sitemap, relative to {@code outputDirectory}. */
    @Parameter(property = "markfeed.sitemapFile", defaultValue = "sitemap.xml")
    String sitemapFile;

    /**
     * Whether pages dated after the build started are published. By default they are scheduled:
     * left out of the feed and the sitemap until a build after their date.
     */
    @Parameter(property = "markfeed.includeFuture", defaultValue = "false")
    boolean includeFuture;

    /**
     * Time zone for date-only values and local date-times without an offset, in front matter,
     * file names and changelogs, such as {@code Europe/Berlin}. Values with an offset keep it. The
     * JVM's default zone never plays a part.
     */
    @Parameter(property = "markfeed.timeZone", defaultValue = "UTC")
    String timeZone;

    /**
     * Sources of a page's publication date, tried in order: {@code frontmatter} ({@code date},
     * and the keys of {@code dateKeys}), {@code filename} (a {@code YYYY-MM-DD-} prefix or
     * {@code YYYY/MM/DD/} folders), {@code git-created} (the first commit that added the file,
     * following renames), {@code git-updated} (its last commit).
     */
    @Parameter(property = "markfeed.dateSources", defaultValue = "frontmatter,filename")
    String dateSources;

    /**
     * Sources of a page's date of last change, tried in order, from the same list
     * ({@code frontmatter} means {@code updated}, {@code lastmod} and their aliases). A file with
     * uncommitted changes has no {@code git-updated} date: the next source is tried.
     */
    @Parameter(property = "markfeed.updatedSources", defaultValue = "frontmatter,git-updated")
    String updatedSources;

    /**
     * Further front-matter keys holding the publication date, tried before {@code date}; a dotted
     * key such as {@code ms.date} looks into nested maps. Default: none.
     */
    @Parameter
    List<String> dateKeys;

    /**
     * Further date patterns in {@link java.time.format.DateTimeFormatter} syntax, such as
     * {@code M/d/yyyy}, tried after ISO 8601. Month and day names are English. Default: none.
     */
    @Parameter
    List<String> dateFormats;

    /**
     * Action when a git date source is used in a shallow clone, whose dates would be wrong:
     * {@code fail}, {@code warn} (use the history there is) or {@code ignore-git} (skip the git
     * sources).
     */
    @Parameter(property = "markfeed.shallowClone", defaultValue = "fail")
    String shallowClone;

    /**
     * The changelog whose releases become the changelog feed, in Keep a Changelog form or one of its
     * common variants. Default: <code>${project.basedir}/CHANGELOG.md</code> when that file exists, else
     * no changelog feed. A file set here must exist.
     *
     * @since 0.1.0
     */
    @Parameter(property = "markfeed.changelog")
    File changelog;

    /** Whether to write the changelog feed. Set it to {@code false} to ignore an existing {@code CHANGELOG.md}. */
    @Parameter(property = "markfeed.changelogFeed", defaultValue = "true")
    boolean changelogFeed;

    /** Path of the changelog's RSS feed, relative to {@code outputDirectory}. */
    @Parameter(property = "markfeed.changelogRssFile", defaultValue = "changelog.xml")
    String changelogRssFile;

    /** Path of the changelog's Atom feed, relative to {@code outputDirectory}, written when {@code formats} has {@code atom}. */
    @Parameter(property = "markfeed.changelogAtomFile", defaultValue = "changelog-atom.xml")
    String changelogAtomFile;

    /** Path of the changelog's JSON Feed, relative to {@code outputDirectory}, written when {@code formats} has {@code json}. */
    @Parameter(property = "markfeed.changelogJsonFeedFile", defaultValue = "changelog.json")
    String changelogJsonFeedFile;

    /** Title of the changelog feed. Default: the project's name followed by {@code releases}. */
    @Parameter(property = "markfeed.changelogTitle")
    String changelogTitle;

    /**
     * Pattern of each release's item title. Tokens: {@code {name}} (the project's name),
     * {@code {version}} and {@code {date}} (the release date as {@code YYYY-MM-DD}). A yanked
     * release's title ends in {@code [YANKED]}.
     */
    @Parameter(property = "markfeed.changelogItemTitle", defaultValue = "{name} {version}")
    String changelogItemTitle;

    /**
     * Pattern of each release's link, with {@code {version}}, such as
     * {@code https://github.com/org/repo/releases/tag/v{version}}. Default: none, so an item links
     * to its version's link reference in the changelog, else to its heading on the changelog page.
     */
    @Parameter(property = "markfeed.changelogReleaseUrl")
    String changelogReleaseUrl;

    /**
     * URL the changelog is published at, absolute or relative to {@code siteUrl}: the base of its
     * relative links and of the heading anchors that items link to. Default: the page's URL when
     * the changelog is a page in {@code contentDirectory}, else {@code siteUrl} followed by the
     * file's name with {@code .html}, such as {@code CHANGELOG.html}.
     */
    @Parameter(property = "markfeed.changelogUrl")
    String changelogUrl;

    /** Number of newest releases in the changelog feed; {@code 0} means all. */
    @Parameter(property = "markfeed.changelogLimit", defaultValue = "0")
    int changelogLimit;

    /** The project's name, the {@code {name}} of changelog item titles. */
    @Parameter(defaultValue = "${project.name}", readonly = true)
    String projectName;

    /** Skips the goal. */
    @Parameter(property = "markfeed.skip", defaultValue = "false")
    boolean skip;

    /**
     * Whether to check each feed and sitemap against its specification, as {@code markfeed:check}
     * does, before moving it into place. An error in any of them fails the build and writes no file,
     * so an invalid feed is never published. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "markfeed.validate", defaultValue = "true")
    boolean validate;

    /**
     * Whether content warnings, such as removed control characters or a missing image, and
     * warnings of the output check fail the build, for CI builds that must stay clean. Default:
     * {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "markfeed.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * Largest Markdown file that is read, in bytes. A larger file is a content error that names the
     * file and its size; it is checked before the file is read. Default: {@code 10485760} (10 MiB).
     *
     * @since 0.1.0
     */
    @Parameter(property = "markfeed.maxPageSize", defaultValue = "10485760")
    long maxPageSize;

    /**
     * Timestamp for reproducible builds, ISO 8601 or seconds since the epoch. When set, it is the
     * feed's {@code lastBuildDate}; otherwise the newest item's date is.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** Name used for the title when the project has none. */
    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    String artifactId;

    /** The project's folder, which log lines show paths relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping markfeed:generate because skip is true (<skip> or -Dmarkfeed.skip)");
            return;
        }
        SiteConfig config = configuration(Instant.now());
        try {
            new Generator(config, new MavenBuildLog(getLog())).generate();
        } catch (ContentException | SetupException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("markfeed could not write its output: " + e.getMessage(), e);
        }
    }

    /** Validates the parameters and builds the core's configuration. */
    SiteConfig configuration(Instant buildStart) throws MojoFailureException {
        ParameterChecks checks = new ParameterChecks();
        SiteUrl site = checks.siteUrl(siteUrl);
        checks.contentDirectory(contentDirectory);
        checks.permalink(permalink);
        checks.outputFileName("rssFile", rssFile);
        checks.outputFileName("sitemapFile", sitemapFile);
        checks.atLeastZero("feedLimit", feedLimit);
        if (ttl != null) {
            checks.atLeastZero("ttl", ttl);
        }
        checks.language("language", language);
        checks.emailAddress("managingEditor", managingEditor);
        checks.emailAddress("webMaster", webMaster);
        Optional<Instant> timestamp = checks.outputTimestamp(outputTimestamp);
        Set<FeedFormat> feedFormats = checks.formats("formats", formats);
        checks.outputFileName("atomFile", atomFile);
        checks.outputFileName("jsonFeedFile", jsonFeedFile);
        ContentMode contentMode = checks.contentMode("content", content);
        checks.atLeastOne("wordsPerMinute", wordsPerMinute);
        checks.absoluteUrl("hubUrl", hubUrl);
        checks.linkParameters(linkParameters);
        checks.itemTemplate(itemTemplate);
        checks.range("sitemapMaxUrls", sitemapMaxUrls, 1, SitemapWriter.MAX_URLS);
        TrailingSlash slashRule = checks.trailingSlash(trailingSlash);
        checks.languageTags("languages", languages);
        checks.language("defaultLanguage", defaultLanguage);
        ZoneId zone = checks.timeZone(timeZone);
        List<DateSource> publishedSources = checks.dateSources("dateSources", dateSources);
        List<DateSource> updatedDateSources = checks.dateSources("updatedSources", updatedSources);
        checks.datePatterns(dateFormats);
        DateOptions.ShallowClone shallowClonePolicy = checks.shallowClone(shallowClone);
        if (maxPageSize < 1) {
            checks.add("Invalid <maxPageSize> (-Dmarkfeed.maxPageSize) " + maxPageSize + ": use 1 or more bytes.");
        }

        String feedTitle = blankToNull(title) != null ? title.strip() : artifactId;
        String feedDescription = blankToNull(description);
        if (feedDescription == null) {
            getLog().warn("No feed description: set <description> in the plugin configuration or in the POM;"
                    + " the feed uses its title instead");
            feedDescription = feedTitle;
        }
        ChannelSettings channel = new ChannelSettings(
                feedTitle,
                feedDescription.strip(),
                blankToNull(language) == null ? null : language.strip().replace('_', '-'),
                blankToNull(copyright),
                blankToNull(managingEditor),
                blankToNull(webMaster),
                ttl,
                blankToNull(image),
                blankToNull(stylesheet),
                blankToNull(author),
                blankToNull(icon),
                blankToNull(atomStylesheet));
        // Invalid main formats or content were reported above; the custom feeds are still checked
        // against the defaults, so that one build reports every problem.
        List<FeedSpec> customFeeds = customFeeds(checks, feedTitle, channel.description(),
                feedFormats == null ? EnumSet.allOf(FeedFormat.class) : feedFormats,
                contentMode == null ? ContentMode.FULL : contentMode);
        ChangelogOptions changelogOptions = changelogOptions(checks);
        checks.failIfAny();
        FeedOptions feedOptions = new FeedOptions(
                feedFormats,
                atomFile.strip(),
                jsonFeedFile.strip(),
                contentMode,
                tagFeeds,
                customFeeds,
                itemTemplate == null ? null : itemTemplate.toPath().toAbsolutePath().normalize(),
                wordsPerMinute,
                blankToNull(hubUrl),
                blankToNull(linkParameters),
                ChannelSettings.DEFAULT_STYLESHEET.equals(stylesheet));
        Path content = contentDirectory.toPath().toAbsolutePath().normalize();
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        return SiteConfig.builder(site, content, output, channel)
                .includes(includes)
                .excludes(excludes)
                .permalink(permalink)
                .displayDirectory(basedir == null ? null : basedir.toPath())
                .feedLimit(feedLimit)
                .rssFile(rssFile.strip())
                .sitemapFile(sitemapFile.strip())
                .includeFuture(includeFuture)
                .buildTimestamp(timestamp)
                .buildStart(buildStart)
                .feedOptions(feedOptions)
                .writeSitemap(sitemap)
                .sitemapOptions(new SitemapOptions(
                        sitemapMaxUrls,
                        SitemapWriter.MAX_BYTES,
                        sitemapGzip,
                        sitemapImages,
                        languages == null ? List.of() : languages.stream().map(String::strip).toList(),
                        blankToNull(defaultLanguage) == null ? null : LanguageTags.canonical(defaultLanguage),
                        sitemapExcludes,
                        sitemapScanOutput,
                        additionalUrls,
                        slashRule,
                        robotsTxt,
                        blankToNull(robotsRules)))
                .dateOptions(new DateOptions(
                        zone,
                        publishedSources,
                        updatedDateSources,
                        dateKeys == null ? List.of() : dateKeys.stream().map(String::strip).toList(),
                        dateFormats,
                        shallowClonePolicy))
                .changelog(changelogOptions)
                .checks(new CheckOptions(validate, failOnWarning, maxPageSize))
                .build();
    }

    /** Checks the changelog parameters and returns the changelog feed's settings. */
    private ChangelogOptions changelogOptions(ParameterChecks checks) {
        if (!changelogFeed) {
            return ChangelogOptions.none();
        }

        File file = changelog;
        if (file == null && basedir != null) {
            File standard = new File(basedir, "CHANGELOG.md");
            file = standard.isFile() ? standard : null;
        } else if (file != null && !file.isFile()) {
            checks.add("The changelog " + file + " does not exist. Create it, or fix <changelog> (-Dmarkfeed.changelog).");
        }

        checks.outputFileName("changelogRssFile", changelogRssFile);
        checks.outputFileName("changelogAtomFile", changelogAtomFile);
        checks.outputFileName("changelogJsonFeedFile", changelogJsonFeedFile);
        checks.atLeastZero("changelogLimit", changelogLimit);
        ChangelogChecks.itemTitle(checks, changelogItemTitle);
        ChangelogChecks.releaseUrl(checks, changelogReleaseUrl);
        ChangelogChecks.distinctFiles(checks, List.of(changelogRssFile, changelogAtomFile, changelogJsonFeedFile),
                List.of(rssFile, atomFile, jsonFeedFile, sitemapFile));
        if (file == null || !file.isFile() || changelogLimit < 0) {
            return ChangelogOptions.none();
        }

        String name = blankToNull(projectName) != null ? projectName.strip() : artifactId;
        return new ChangelogOptions(
                file.toPath().toAbsolutePath().normalize(),
                strip(changelogRssFile),
                strip(changelogAtomFile),
                strip(changelogJsonFeedFile),
                blankToNull(changelogTitle) == null ? null : changelogTitle.strip(),
                name,
                blankToNull(changelogItemTitle) == null ? null : changelogItemTitle.strip(),
                blankToNull(changelogReleaseUrl) == null ? null : changelogReleaseUrl.strip(),
                blankToNull(changelogUrl) == null ? null : changelogUrl.strip(),
                changelogLimit);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private List<FeedSpec> customFeeds(
            ParameterChecks checks, String mainTitle, String mainDescription, Set<FeedFormat> mainFormats,
            ContentMode mainContent) {
        List<FeedSpec> specs = new ArrayList<>();
        if (feeds == null) {
            return specs;
        }
        Set<String> ids = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < feeds.size(); i++) {
            CustomFeed feed = feeds.get(i);
            String where = "<feeds> entry " + (i + 1);
            String id = blankToNull(feed.id);
            String path = blankToNull(feed.path);
            if (!checks.customFeedBasics(where, id, path, ids, paths)) {
                continue;
            }
            where = "<feeds> entry '" + id + "'";
            Set<FeedFormat> formatsOfFeed = feed.formats == null ? mainFormats : checks.formats(where + " <formats>", feed.formats);
            ContentMode contentOfFeed = feed.content == null ? mainContent : checks.contentMode(where + " <content>", feed.content);
            int limit = feed.feedLimit == null ? feedLimit : feed.feedLimit;
            if (limit < 0) {
                checks.add("Invalid " + where + " <feedLimit> " + limit + ": use 0 or more.");
                continue;
            }
            if (formatsOfFeed == null || contentOfFeed == null) {
                continue;
            }
            specs.add(new FeedSpec(
                    id,
                    path.strip(),
                    feed.title == null ? mainTitle + ": " + id : feed.title.strip(),
                    feed.description == null ? mainDescription : feed.description.strip(),
                    new FeedFilter(feed.tags, feed.includes, feed.section),
                    limit,
                    formatsOfFeed,
                    contentOfFeed));
        }
        return specs;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
