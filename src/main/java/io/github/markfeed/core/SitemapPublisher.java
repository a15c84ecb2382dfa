package io.github.markfeed.core;

import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.sitemap.OutputPages;
import io.github.markfeed.sitemap.RobotsTxt;
import io.github.markfeed.sitemap.SitemapEntry;
import io.github.markfeed.sitemap.SitemapFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Stages the sitemap and robots.txt. A sitemap past the limits is split into numbered files listed
 * by an index. After the commit, it deletes numbered files that an earlier, larger build left and
 * logs what was written.
 */
final class SitemapPublisher {

    static final String ROBOTS_TXT = "robots.txt";

    private final SiteConfig config;
    private final BuildLog log;
    private final Function<Path, String> display;
    private final SitemapFiles sitemapFiles;
    private SitemapFiles.Written written = new SitemapFiles.Written(List.of(), 0, 0);
    private boolean robots;

    /**
     * @param display turns a path into the form log lines show, relative to the project
     */
    SitemapPublisher(SiteConfig config, BuildLog log, Function<Path, String> display) {
        this.config = config;
        this.log = log;
        this.display = display;
        SitemapOptions options = config.sitemapOptions();
        this.sitemapFiles = new SitemapFiles(
                config.siteUrl(), config.sitemapFile(), options.maxUrls(), options.maxBytes(), options.gzip());
    }

    /** Stages the sitemap of the given entries, sorted by URL, and robots.txt when asked. */
    void stage(List<SitemapEntry> sitemap, Set<String> pageUrls, StagedOutputs outputs) throws IOException {
        if (config.writeSitemap()) {
            written = sitemapFiles.stage(withOutputPages(sitemap, pageUrls), outputs);
        }
        robots = stageRobotsTxt(outputs, written);
    }

    /** Deletes what earlier builds left and logs the files, once the staged outputs are committed. */
    void finish(StagedOutputs outputs, List<Path> changed) throws IOException {
        Path sitemapPath = outputs.target(config.sitemapFile());
        if (config.writeSitemap()) {
            Path outputDirectory = config.outputDirectory().toAbsolutePath().normalize();
            for (Path stale : sitemapFiles.deleteStale(outputDirectory, new HashSet<>(written.files()))) {
                log.info("Deleted " + display(stale) + " from an earlier build");
            }
        }
        logSitemap(written, sitemapPath, changed);
        if (robots) {
            Path robotsPath = outputs.target(ROBOTS_TXT);
            log.info(describe(robotsPath, changed) + " robots.txt: " + display(robotsPath));
        }
    }

    /** Returns what was staged. */
    SitemapFiles.Written written() {
        return written;
    }

    /**
     * Adds the HTML pages already in the output folder, when asked, except those that a Markdown
     * page stands for: the sitemap decided on those already, drafts and noindex pages included.
     */
    private List<SitemapEntry> withOutputPages(List<SitemapEntry> pages, Set<String> pageUrls) throws IOException {
        if (!config.writeSitemap() || !config.sitemapOptions().scanOutput()) {
            return pages;
        }
        Set<String> known = new HashSet<>(pageUrls);
        for (SitemapEntry entry : pages) {
            known.add(entry.location());
        }
        List<SitemapEntry> all = new ArrayList<>(pages);
        int added = 0;
        for (SitemapEntry entry : OutputPages.scan(
                config.outputDirectory(), config.siteUrl(), config.sitemapOptions().trailingSlash())) {
            if (known.add(entry.location())) {
                all.add(entry);
                added++;
            }
        }
        log.debug("Found " + added + " HTML pages in the output folder that no Markdown page stands for");
        all.sort(Comparator.comparing(SitemapEntry::location));
        return all;
    }

    /**
     * Stages robots.txt when asked, unless the content folder has one of its own.
     *
     * @return whether robots.txt was staged
     */
    private boolean stageRobotsTxt(StagedOutputs outputs, SitemapFiles.Written written) throws IOException {
        SitemapOptions options = config.sitemapOptions();
        if (!options.robotsTxt()) {
            return false;
        }
        Path own = config.contentDirectory().resolve(ROBOTS_TXT);
        if (Files.exists(own)) {
            log.warn(ROBOTS_TXT + ": the content folder has its own robots.txt, so markfeed leaves it alone; add the line"
                    + " 'Sitemap: " + config.siteUrl().pageUrl(config.sitemapFile()) + "' to it, or delete it and"
                    + " use <robotsRules>");
            return false;
        }
        if (!"/".equals(config.siteUrl().uri().getRawPath())) {
            log.warn(ROBOTS_TXT + ": crawlers read robots.txt only at the root of a host, but <siteUrl> "
                    + config.siteUrl().base() + " has a path; publish the file at the host's root or leave"
                    + " <robotsTxt> off and add the Sitemap line to the host's own robots.txt");
        }
        List<String> sitemapUrls = written.parts() == 0
                ? List.of()
                : List.of(config.siteUrl().pageUrl(config.sitemapFile()));
        List<String> dropped = new ArrayList<>();
        String text = RobotsTxt.build(options.robotsRules(), sitemapUrls, dropped);
        for (String line : dropped) {
            log.warn("<robotsRules>: left out the line '" + line + "': markfeed writes the Sitemap line itself,"
                    + " and crawlers ignore Host");
        }
        outputs.stage(ROBOTS_TXT, out -> out.write(text));
        return true;
    }

    private void logSitemap(SitemapFiles.Written written, Path sitemapPath, List<Path> changed) throws IOException {
        if (!config.writeSitemap()) {
            log.debug("No sitemap written: <sitemap> is false");
        } else if (written.parts() == 0) {
            if (Files.deleteIfExists(sitemapPath)) {
                log.info("Deleted " + display(sitemapPath) + " from an earlier build");
            }
            log.info("No sitemap written: no published page, and a sitemap must list at least one URL");
        } else if (written.parts() == 1) {
            log.info(describe(sitemapPath, changed) + " sitemap with " + written.urls()
                    + (written.urls() == 1 ? " URL" : " URLs") + ": " + display(sitemapPath));
        } else {
            log.info(describe(sitemapPath, changed) + " sitemap index of " + written.parts() + " files with "
                    + written.urls() + " URLs: " + display(sitemapPath));
        }
    }

    private String display(Path path) {
        return display.apply(path);
    }

    private static String describe(Path target, List<Path> changed) {
        return changed.contains(target) ? "Wrote" : "Unchanged";
    }
}
