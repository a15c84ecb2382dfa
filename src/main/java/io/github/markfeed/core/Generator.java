package io.github.markfeed.core;

import io.github.markfeed.check.FeedChecker;
import io.github.markfeed.check.Finding;
import io.github.markfeed.content.ContentScanner;
import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.FeedPlanner.PlannedFeed;
import io.github.markfeed.core.FeedPublisher.StagedFeed;
import io.github.markfeed.feed.FeaturedImages;
import io.github.markfeed.feed.FeedItemFactory;
import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.git.GitDates;
import io.github.markfeed.git.GitHistory;
import io.github.markfeed.page.DateRules;
import io.github.markfeed.page.Page;
import io.github.markfeed.page.PageReader;
import io.github.markfeed.page.Permalink;
import io.github.markfeed.render.ItemTemplate;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.sitemap.SitemapEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The whole job: reads the pages under the content folder, and writes the feeds and the sitemap.
 * Front matter is read for every page; Markdown is rendered only for the pages in a feed.
 */
public final class Generator {

    /** Newest first, ties broken by source path so the order never depends on the file system. */
    static final Comparator<Page> FEED_ORDER = Comparator.comparing(Page::published, Comparator.reverseOrder())
            .thenComparing(page -> page.source().relativePath());

    private final SiteConfig config;
    private final BuildLog log;

    public Generator(SiteConfig config, BuildLog log) {
        this.config = Objects.requireNonNull(config, "config");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs the job.
     *
     * @throws ContentException when any page has an error; nothing is written then
     * @throws SetupException when git dates are asked for in a shallow clone
     * @throws IOException when reading the content or writing an output fails
     */
    public GenerationResult generate() throws ContentException, SetupException, IOException {
        long started = System.nanoTime();
        WarmUp.start();
        Plan plan = plan(started);
        long writeStarted = System.nanoTime();
        GenerationResult result = write(plan.feeds(), plan.changelog(), plan.publisher(), plan.sitemap(),
                plan.pageUrls(), plan.publishedPages(), plan.renderProblems());
        logWarnings(plan.renderProblems());
        log.debug("Rendered and wrote the outputs in " + millisSince(writeStarted) + " ms; the whole run took "
                + millisSince(started) + " ms");
        return result;
    }

    /**
     * The outputs of a run, decided from the pages. The list of all pages stays inside
     * {@link #plan}, so that it can be collected before the outputs are written and checked: a site
     * of 200,000 pages then fits a 256 MB heap.
     */
    private record Plan(
            List<PlannedFeed> feeds,
            ChangelogPublisher changelog,
            FeedPublisher publisher,
            List<SitemapEntry> sitemap,
            Set<String> pageUrls,
            int publishedPages,
            ContentProblems renderProblems) {}

    private Plan plan(long started) throws ContentException, SetupException, IOException {
        ContentProblems problems = new ContentProblems();
        List<SourceFile> sources = new ContentScanner(config.includes(), config.excludes()).scan(config.contentDirectory());
        log.debug("Found " + sources.size() + " Markdown files in " + config.contentDirectory());
        sources = withinSizeLimit(sources, problems);

        DateRules dateRules = DateRules.of(config.dateOptions(), gitDates());
        List<Page> pages = readPages(sources, dateRules, problems);
        log.debug("Read the front matter of " + pages.size() + " pages in " + millisSince(started) + " ms");
        log.info(dateRules.statistics().summary());
        reportDuplicateUrls(pages, problems);
        ItemTemplate template = compileTemplate(problems);
        List<Page> published = publishedPages(pages);
        List<SitemapEntry> sitemap = config.writeSitemap()
                ? new SitemapPlanner(config).entries(published, problems)
                : List.of();
        ChangelogPublisher changelog = ChangelogPublisher.read(config, log, published, problems);
        logWarnings(problems);
        if (problems.hasErrors()) {
            throw new ContentException(problems.errors());
        }
        failOnWarnings(problems.warnings());

        List<Page> dated = published.stream()
                .filter(page -> page.published() != null)
                .sorted(FEED_ORDER)
                .toList();
        List<PlannedFeed> feeds = new FeedPlanner(config).plan(dated);

        ContentProblems renderProblems = new ContentProblems();
        FeedItemFactory items = itemFactory(published, template, renderProblems);
        Instant siteUpdated = published.stream()
                .map(Page::lastModified)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        FeedPublisher publisher = new FeedPublisher(config, items, siteUpdated, version());
        // Only scanning the output folder needs every page's URL, drafts and noindex pages included.
        Set<String> pageUrls = new HashSet<>();
        if (config.writeSitemap() && config.sitemapOptions().scanOutput()) {
            for (Page page : pages) {
                pageUrls.add(page.url());
            }
        }
        return new Plan(feeds, changelog, publisher, sitemap, pageUrls, published.size(), renderProblems);
    }

    private List<Page> publishedPages(List<Page> pages) {
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
        return published;
    }

    private boolean isScheduled(Page page) {
        return !config.includeFuture() && page.published() != null && page.published().isAfter(config.buildStart());
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** Reads the git dates of the content when a date source needs them, in one walk over the history. */
    private GitDates gitDates() throws IOException, SetupException {
        DateOptions options = config.dateOptions();
        if (!options.usesGit()) {
            return GitDates.NONE;
        }
        try (GitHistory.Found repository = GitHistory.find(config.contentDirectory())) {
            if (repository == null) {
                log.info("The content folder is not in a git repository, so the git date sources are skipped");
                return GitDates.NONE;
            }
            if (repository.isShallow()) {
                switch (options.shallowClone()) {
                    case FAIL -> throw new SetupException("The git repository at " + repository.workTree()
                            + " is a shallow clone, so dates read from its history would be wrong. Fetch the whole"
                            + " history (fetch-depth: 0 in GitHub Actions' checkout, GIT_DEPTH: 0 in GitLab CI,"
                            + " git fetch --unshallow by hand), or set <shallowClone> (-Dmarkfeed.shallowClone) to warn"
                            + " to use the history there is, or to ignore-git to skip the git date sources.");
                    case WARN -> log.warn("The git repository at " + repository.workTree() + " is a shallow clone;"
                            + " git dates come from the history there is and may be too recent");
                    case IGNORE_GIT -> {
                        log.info("The git repository is a shallow clone; the git date sources are skipped"
                                + " (<shallowClone> is ignore-git)");
                        return GitDates.NONE;
                    }
                }
            }
            long started = System.nanoTime();
            GitDates dates = GitHistory.read(repository, config.contentDirectory());
            log.debug("Read the git dates of " + dates.updated().size() + " files in " + millisSince(started) + " ms");
            return dates;
        }
    }

    private List<Page> readPages(List<SourceFile> sources, DateRules dateRules, ContentProblems problems)
            throws IOException {
        PageReader reader = new PageReader(
                config.siteUrl(),
                Permalink.parse(config.permalink()),
                config.channel().defaultAuthor(),
                config.sitemapOptions().trailingSlash(),
                config.sitemapOptions().languages(),
                dateRules);
        // Sequential on purpose: a parallel stream was slower on a 2-core machine (see bench/README.md).
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

    private ItemTemplate compileTemplate(ContentProblems problems) throws IOException {
        Path file = config.feedOptions().itemTemplate();
        if (file == null) {
            return null;
        }
        try {
            return ItemTemplate.compile(file);
        } catch (IllegalArgumentException e) {
            problems.error(ContentProblem.inFile(display(file), e.getMessage() + "; fix the template or <itemTemplate>"));
            return null;
        }
    }

    private FeedItemFactory itemFactory(List<Page> published, ItemTemplate template, ContentProblems problems) {
        Map<String, String> urlBySource = new HashMap<>();
        for (Page page : published) {
            urlBySource.put(page.source().relativePath(), page.url());
        }
        FeedOptions options = config.feedOptions();
        return new FeedItemFactory(
                new MarkdownRenderer(),
                new LinkRewriter(urlBySource::get),
                new FeaturedImages(config.siteUrl(), config.contentDirectory()),
                template,
                options.wordsPerMinute(),
                options.linkParameters(),
                problems,
                config.dateOptions().zone());
    }

    private GenerationResult write(
            List<PlannedFeed> feeds,
            ChangelogPublisher changelog,
            FeedPublisher publisher,
            List<SitemapEntry> sitemap,
            Set<String> pageUrls,
            int publishedPages,
            ContentProblems renderProblems)
            throws IOException, ContentException {
        try (StagedOutputs outputs = new StagedOutputs(config.outputDirectory())) {
            List<StagedFeed> stagedFeeds = new ArrayList<>();
            for (PlannedFeed feed : feeds) {
                try {
                    stagedFeeds.addAll(publisher.stage(feed, outputs));
                } catch (IllegalArgumentException e) {
                    // An item template that uses an unknown variable fails here, on the first item.
                    Path template = config.feedOptions().itemTemplate();
                    throw new ContentException(List.of(ContentProblem.inFile(
                            template == null ? "" : display(template), e.getMessage() + "; fix the template")));
                }
            }
            stagedFeeds.addAll(changelog.stage(publisher, outputs));
            if (config.channel().defaultStylesheets()) {
                publisher.stageStylesheets(outputs);
            }
            SitemapPublisher sitemapPublisher = new SitemapPublisher(config, log, this::display);
            sitemapPublisher.stage(sitemap, pageUrls, outputs);
            checkBeforeCommit(outputs, renderProblems);
            List<Path> changed = outputs.commit();
            logFeeds(stagedFeeds, outputs, changed);
            deleteStaleTagFeeds(stagedFeeds);
            sitemapPublisher.finish(outputs, changed);
            StagedFeed mainRss = stagedFeeds.stream()
                    .filter(staged -> staged.feed().kind() == PlannedFeed.Kind.MAIN)
                    .findFirst()
                    .orElse(null);
            return new GenerationResult(
                    mainRss == null ? null : outputs.target(mainRss.file()),
                    sitemapPublisher.written().parts() == 0 ? null : outputs.target(config.sitemapFile()),
                    feeds.get(0).pages().size(),
                    sitemapPublisher.written().urls(),
                    publishedPages,
                    stagedFeeds.stream().map(staged -> outputs.target(staged.file())).toList());
        }
    }

    /**
     * Deletes the tag feeds of tags that no published page has any longer, so that a page turned
     * back into a draft does not stay published under its tag. Only files with the feeds' own
     * names are deleted, and a tag folder only when nothing else is left in it.
     */
    private void deleteStaleTagFeeds(List<StagedFeed> stagedFeeds) throws IOException {
        if (!config.feedOptions().tagFeeds()) {
            return;
        }
        Path outputDirectory = config.outputDirectory().toAbsolutePath().normalize();
        Path tagsFolder = outputDirectory.resolve(FeedPlanner.TAG_FOLDER);
        if (!Files.isDirectory(tagsFolder)) {
            return;
        }
        Set<Path> current = new HashSet<>();
        for (StagedFeed staged : stagedFeeds) {
            current.add(outputDirectory.resolve(staged.file()).normalize());
        }
        Set<String> feedNames = new HashSet<>();
        for (String configured : List.of(config.rssFile(), config.feedOptions().atomFile(), config.feedOptions().jsonFeedFile())) {
            feedNames.add(configured.substring(configured.lastIndexOf('/') + 1));
        }
        List<Path> tagFolders;
        try (Stream<Path> folders = Files.list(tagsFolder)) {
            tagFolders = folders.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : tagFolders) {
            for (String name : feedNames) {
                Path file = folder.resolve(name);
                if (!current.contains(file.normalize()) && Files.deleteIfExists(file)) {
                    log.info("Deleted " + display(file) + ": no published page has that tag any longer");
                }
            }
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** Logs one line per file of the main, custom and changelog feeds, and one line for all tag feeds. */
    private void logFeeds(List<StagedFeed> stagedFeeds, StagedOutputs outputs, List<Path> changed) {
        int tagFiles = 0;
        int tagFilesChanged = 0;
        Set<String> tagFeeds = new TreeSet<>();
        for (StagedFeed staged : stagedFeeds) {
            Path target = outputs.target(staged.file());
            if (staged.feed().kind() == PlannedFeed.Kind.TAG) {
                tagFiles++;
                tagFeeds.add(staged.feed().spec().directory());
                if (changed.contains(target)) {
                    tagFilesChanged++;
                }
                continue;
            }
            String name = staged.format().displayName()
                    + (staged.feed().kind() != PlannedFeed.Kind.MAIN ? " '" + staged.feed().spec().id() + "'" : "");
            log.info(describe(target, changed) + " " + name + " with " + staged.items()
                    + (staged.items() == 1 ? " item" : " items") + ": " + display(target));
        }
        if (tagFiles > 0) {
            Path folder = outputs.target(FeedPlanner.TAG_FOLDER + "/x").getParent();
            String feeds = tagFeeds.size() + (tagFeeds.size() == 1 ? " tag feed" : " tag feeds");
            log.info(tagFilesChanged == 0
                    ? "Unchanged " + feeds + " (" + tagFiles + " files) under " + display(folder)
                    : "Wrote " + feeds + " (" + tagFiles + " files, " + tagFilesChanged + " changed) under " + display(folder));
        }
        if (config.channel().defaultStylesheets()) {
            for (String name : List.of(FeedPublisher.RSS_STYLESHEET, FeedPublisher.ATOM_STYLESHEET)) {
                Path stylesheet = outputs.target(name);
                log.info(describe(stylesheet, changed) + " stylesheet: " + display(stylesheet));
            }
        }
    }

    private static String describe(Path target, List<Path> changed) {
        return changed.contains(target) ? "Wrote" : "Unchanged";
    }

    private String display(Path path) {
        Path base = config.displayDirectory().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /** Leaves out the sources larger than the page size limit, each with a content error, before any is read. */
    private List<SourceFile> withinSizeLimit(List<SourceFile> sources, ContentProblems problems) throws IOException {
        long limit = config.checks().maxPageSize();
        List<SourceFile> kept = new ArrayList<>(sources.size());
        for (SourceFile source : sources) {
            long size = Files.size(source.path());
            if (size > limit) {
                problems.error(ContentProblem.inFile(source.relativePath(), "the file is " + size
                        + " bytes, more than the limit of " + limit + " bytes; split the page, or raise <maxPageSize>"
                        + " (-Dmarkfeed.maxPageSize)"));
            } else {
                kept.add(source);
            }
        }
        return kept;
    }

    /** Turns warnings into a failure when {@code failOnWarning} is set; they have been logged already. */
    private void failOnWarnings(List<ContentProblem> warnings) throws ContentException {
        if (config.checks().failOnWarning() && !warnings.isEmpty()) {
            throw new ContentException(warnings.stream()
                    .map(warning -> new ContentProblem(warning.file(), warning.line(), warning.column(),
                            warning.message() + " (a warning, which fails the build because <failOnWarning> is true)"))
                    .toList());
        }
    }

    /**
     * Runs the warnings of rendering through {@code failOnWarning} and, when {@code validate} is on,
     * checks every staged feed and sitemap against its specification, so that an invalid file is
     * never moved into place.
     */
    private void checkBeforeCommit(StagedOutputs outputs, ContentProblems renderProblems)
            throws IOException, ContentException {
        failOnWarnings(renderProblems.warnings());
        if (!config.checks().validateOutput()) {
            return;
        }
        FeedChecker checker = new FeedChecker(config.outputDirectory());
        List<ContentProblem> errors = new ArrayList<>();
        List<ContentProblem> warnings = new ArrayList<>();
        for (Map.Entry<Path, Path> staged : outputs.staged().entrySet()) {
            String name = staged.getKey().getFileName().toString();
            if (!name.endsWith(".xml") && !name.endsWith(".json") && !name.endsWith(".gz")) {
                continue;
            }
            String file = display(staged.getKey());
            FeedChecker.Result result = checker.checkFile(staged.getValue(), file, config.siteUrl().base());
            for (Finding finding : result.findings()) {
                ContentProblem problem = new ContentProblem(
                        finding.location().isEmpty() ? file : file + ":" + finding.location(), 0, 0,
                        "[" + finding.rule() + "] " + finding.message());
                (finding.isError() ? errors : warnings).add(problem);
            }
        }
        for (ContentProblem warning : warnings) {
            log.warn(warning.toString());
        }
        if (!errors.isEmpty()) {
            log.warn("The output check found " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ", so no file was written; set <validate> to false (-Dmarkfeed.validate=false) to publish anyway");
            throw new ContentException(errors);
        }
        failOnWarnings(warnings);
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
