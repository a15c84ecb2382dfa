package io.github.markfeed.core;

import io.github.markfeed.content.ContentScanner;
import io.github.markfeed.content.SourceFile;
import io.github.markfeed.feed.Enclosure;
import io.github.markfeed.feed.FeaturedImages;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.frontmatter.FrontMatterParser;
import io.github.markfeed.frontmatter.ParsedSource;
import io.github.markfeed.frontmatter.SourceText;
import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.page.DateValues;
import io.github.markfeed.page.Page;
import io.github.markfeed.page.PageReader;
import io.github.markfeed.page.Permalink;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.render.Summaries;
import io.github.markfeed.rss.RssWriter;
import io.github.markfeed.sitemap.SitemapEntry;
import io.github.markfeed.sitemap.SitemapWriter;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The whole job: reads the pages under the content folder, and writes the RSS feed and the sitemap.
 * Front matter is read for every page; Markdown is rendered only for the pages in the feed.
 */
public final class Generator {

    /** Newest first, ties broken by source path so the order never depends on the file system. */
    static final Comparator<Page> FEED_ORDER = Comparator.comparing(Page::published, Comparator.reverseOrder())
            .thenComparing(page -> page.source().relativePath());

    private final SiteConfig config;
    private final BuildLog log;
    private final ZoneId zone = DateValues.defaultZone();

    public Generator(SiteConfig config, BuildLog log) {
        this.config = Objects.requireNonNull(config, "config");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs the job.
     *
     * @throws ContentException when any page has an error; nothing is written then
     * @throws IOException when reading the content or writing an output fails
     */
    public GenerationResult generate() throws ContentException, IOException {
        long started = System.nanoTime();
        // Loading flexmark's and jsoup's classes takes a few hundred milliseconds on a cold JVM;
        // doing it while the front matter is read keeps it off the critical path.
        CompletableFuture<MarkdownRenderer> renderer = CompletableFuture.supplyAsync(Generator::warmRenderer);
        ContentProblems problems = new ContentProblems();
        List<SourceFile> sources = new ContentScanner(config.includes(), config.excludes()).scan(config.contentDirectory());
        log.debug("Found " + sources.size() + " Markdown files in " + config.contentDirectory());

        List<Page> pages = readPages(sources, problems);
        log.debug("Read the front matter of " + pages.size() + " pages in " + millisSince(started) + " ms");
        reportDuplicateUrls(pages, problems);
        logWarnings(problems);
        if (problems.hasErrors()) {
            throw new ContentException(problems.errors());
        }

        List<Page> published = new ArrayList<>();
        int drafts = 0;
        int scheduled = 0;
        for (Page page : pages) {
            if (page.draft()) {
                drafts++;
            } else if (isScheduled(page)) {
                scheduled++;
            } else {
                published.add(page);
            }
        }
        if (drafts > 0) {
            log.info("Left out " + drafts + (drafts == 1 ? " draft" : " drafts"));
        }
        if (scheduled > 0) {
            log.info("Left out " + scheduled + (scheduled == 1 ? " page" : " pages")
                    + " dated after the build started; set <includeFuture> to publish them now");
        }

        List<Page> feedPages = published.stream()
                .filter(page -> page.published() != null)
                .sorted(FEED_ORDER)
                .limit(config.feedLimit() == 0 ? Long.MAX_VALUE : config.feedLimit())
                .toList();
        ContentProblems renderProblems = new ContentProblems();
        long renderStarted = System.nanoTime();
        List<FeedItem> items = renderItems(feedPages, published, renderer.join(), renderProblems);
        log.debug("Rendered " + items.size() + " feed items in " + millisSince(renderStarted) + " ms");
        logWarnings(renderProblems);

        List<SitemapEntry> sitemap = published.stream()
                .filter(Page::inSitemap)
                .map(page -> new SitemapEntry(page.url(), page.lastModified()))
                .sorted(Comparator.comparing(SitemapEntry::location))
                .toList();

        long writeStarted = System.nanoTime();
        GenerationResult result = write(items, sitemap, published.size());
        log.debug("Wrote the outputs in " + millisSince(writeStarted) + " ms; the whole run took "
                + millisSince(started) + " ms");
        return result;
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private boolean isScheduled(Page page) {
        return !config.includeFuture() && page.published() != null && page.published().isAfter(config.buildStart());
    }

    private List<Page> readPages(List<SourceFile> sources, ContentProblems problems) throws IOException {
        PageReader reader = new PageReader(
                config.siteUrl(), Permalink.parse(config.permalink()), zone, config.channel().defaultAuthor());
        try {
            return sources.stream()
                    .map(source -> {
                        try {
                            return reader.read(source, problems);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(Objects::nonNull)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void reportDuplicateUrls(List<Page> pages, ContentProblems problems) {
        Map<String, Page> byUrl = new HashMap<>();
        for (Page page : pages) {
            if (page.draft()) {
                continue;
            }
            Page earlier = byUrl.putIfAbsent(page.url(), page);
            if (earlier != null) {
                problems.error(ContentProblem.inFile(page.source().relativePath(), "has the same URL " + page.url()
                        + " as " + earlier.source().relativePath() + "; give one of them another 'slug' or 'permalink'"));
            }
        }
    }

    private static MarkdownRenderer warmRenderer() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        String html = renderer.render("# Warm-up\n\nA [link](other.md) and ![image](a.png).\n\n| a |\n|---|\n| b |\n");
        new LinkRewriter(source -> null).rewrite(html, "https://example.org/", "", warning -> {});
        return renderer;
    }

    private List<FeedItem> renderItems(
            List<Page> feedPages, List<Page> published, MarkdownRenderer renderer, ContentProblems problems)
            throws IOException {
        Map<String, String> urlBySource = new HashMap<>();
        for (Page page : published) {
            urlBySource.put(page.source().relativePath(), page.url());
        }
        LinkRewriter links = new LinkRewriter(urlBySource::get);
        FeaturedImages images = new FeaturedImages(config.siteUrl(), config.contentDirectory());
        FrontMatterParser parser = new FrontMatterParser();

        List<FeedItem> items = new ArrayList<>();
        for (Page page : feedPages) {
            String file = page.source().relativePath();
            String folder = page.source().relativeFolder();
            // Problems of the file itself were reported when its front matter was read.
            ContentProblems alreadyReported = new ContentProblems();
            String text = SourceText.read(page.source().path(), file, alreadyReported);
            ParsedSource parsed = parser.parse(text, file, alreadyReported);
            String body = parsed.body();

            String html = links.rewrite(renderer.render(body), page.url(), folder,
                    warning -> problems.warning(ContentProblem.inFile(file, warning)));
            String description = page.description();
            if (description == null) {
                description = summary(body, renderer);
            }
            Enclosure image = null;
            if (page.image() != null) {
                try {
                    image = images.resolve(page.image(), page.url(), folder);
                } catch (IllegalArgumentException e) {
                    problems.warning(ContentProblem.inFile(file, "the featured image '" + page.image()
                            + "' is not a valid URL (" + e.getMessage() + "); the item has no image"));
                }
            }
            items.add(new FeedItem(page.title(), page.url(), description, html, page.published(), page.updated(),
                    page.authors(), page.tags(), image));
        }
        return items;
    }

    private static String summary(String body, MarkdownRenderer renderer) {
        String beforeMore = Summaries.beforeMoreMarker(body);
        if (beforeMore != null) {
            String text = LinkRewriter.plainText(renderer.render(beforeMore));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return Summaries.firstParagraph(renderer.render(body));
    }

    private GenerationResult write(List<FeedItem> items, List<SitemapEntry> sitemap, int publishedPages)
            throws IOException {
        Instant newest = items.stream().map(FeedItem::published).max(Comparator.naturalOrder()).orElse(null);
        Instant lastBuild = config.buildTimestamp().orElse(newest);
        ChannelSettings settings = config.channel();
        SiteUrl site = config.siteUrl();
        FeedChannel channel = new FeedChannel(
                settings.title(),
                site.base(),
                settings.description(),
                settings.language(),
                settings.copyright(),
                settings.managingEditor(),
                settings.webMaster(),
                settings.ttl(),
                siteResource(settings.image()),
                settings.stylesheet(),
                site.pageUrl(config.rssFile()),
                newest,
                lastBuild,
                "markfeed " + version());

        try (StagedOutputs outputs = new StagedOutputs(config.outputDirectory())) {
            outputs.stage(config.rssFile(), out -> new RssWriter().write(channel, items, out));
            Path sitemapPath = outputs.target(config.sitemapFile());
            if (!sitemap.isEmpty()) {
                outputs.stage(config.sitemapFile(), out -> {
                    try (SitemapWriter writer = new SitemapWriter(out)) {
                        for (SitemapEntry entry : sitemap) {
                            writer.add(entry);
                        }
                    }
                });
            }
            List<Path> changed = outputs.commit();
            Path rssPath = outputs.target(config.rssFile());
            log.info(describe(rssPath, changed) + " RSS feed with " + items.size() + (items.size() == 1 ? " item" : " items")
                    + ": " + display(rssPath));
            if (sitemap.isEmpty()) {
                if (Files.deleteIfExists(sitemapPath)) {
                    log.info("Deleted " + display(sitemapPath) + " from an earlier build");
                }
                log.info("No sitemap written: no published page, and a sitemap must list at least one URL");
            } else {
                log.info(describe(sitemapPath, changed) + " sitemap with " + sitemap.size()
                        + (sitemap.size() == 1 ? " URL" : " URLs") + ": " + display(sitemapPath));
            }
            return new GenerationResult(rssPath, sitemap.isEmpty() ? null : sitemapPath, items.size(), sitemap.size(),
                    publishedPages);
        }
    }

    /** Resolves a configured URL: absolute as given, any path relative to the site's base URL. */
    private String siteResource(String reference) {
        if (reference == null) {
            return null;
        }
        boolean absolute = reference.startsWith("//") || reference.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        return absolute ? SiteUrl.resolve(config.siteUrl().base(), reference) : config.siteUrl().pageUrl(reference);
    }

    private static String describe(Path target, List<Path> changed) {
        return changed.contains(target) ? "Wrote" : "Unchanged";
    }

    private String display(Path path) {
        Path base = config.displayDirectory().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private void logWarnings(ContentProblems problems) {
        for (ContentProblem warning : problems.warnings()) {
            log.warn(warning.toString());
        }
    }

    /** Returns the plugin's version, as Maven filtered it into the resources. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("markfeed.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
