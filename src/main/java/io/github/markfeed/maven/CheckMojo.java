package io.github.markfeed.maven;

import io.github.markfeed.check.FeedChecker;
import io.github.markfeed.check.Finding;
import io.github.markfeed.content.Globs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the feeds and sitemaps in {@code outputDirectory}, whichever tool wrote them, against the
 * rules of their specifications: well-formed XML; RSS 2.0 required elements, RFC 822 dates, absolute URLs,
 * enclosures and unique guids; Atom 1.0 required elements, authors and RFC 3339 dates; JSON Feed
 * 1.1 required members; the sitemaps.org schema, its limits of 50,000 URLs and 50 MiB per file,
 * {@code lastmod} dates and, when {@code siteUrl} is set, every location under the site URL. Each
 * finding is logged with the file, the element path or line, and the rule. Errors fail the build.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** File patterns checked when {@code includes} is not set. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.xml", "**/*.json", "**/*.xml.gz");

    /** Folder whose feeds and sitemaps are checked. Default: {@code ${project.build.directory}/site}. */
    @Parameter(property = "markfeed.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /**
     * URL the site is published at. When set, every {@code <loc>} of a sitemap or sitemap index must
     * be this URL or below it. Default: the POM's {@code <url>}; without one, locations are only
     * checked for being absolute.
     */
    @Parameter(property = "markfeed.siteUrl", defaultValue = "${project.url}")
    String siteUrl;

    /**
     * Glob patterns, relative to {@code outputDirectory}, of the files to look at. A matching file
     * is checked when its content shows an RSS or Atom feed, a JSON Feed, a sitemap or a sitemap
     * index. Other files, such as XSL stylesheets, are skipped. Default: {@code **}{@code /*.xml},
     * {@code **}{@code /*.json} and {@code **}{@code /*.xml.gz}.
     */
    @Parameter
    List<String> includes;

    /** Whether warnings fail the build too. Default: {@code false}. */
    @Parameter(property = "markfeed.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Skips the goal. Default: {@code false}. */
    @Parameter(property = "markfeed.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping markfeed:check because skip is true (<skip> or -Dmarkfeed.skip)");
            return;
        }
        Path folder = outputDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            getLog().warn("No folder " + folder + " to check; run markfeed:generate first, or set <outputDirectory>"
                    + " (-Dmarkfeed.outputDirectory)");
            return;
        }
        String site = siteUrl == null || siteUrl.isBlank() ? null : siteUrl.strip();

        List<Path> files = filesToCheck(folder);
        FeedChecker checker = new FeedChecker(folder);
        int checked = 0;
        long errors = 0;
        long warnings = 0;
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
            FeedChecker.Result result;
            try {
                result = checker.checkFile(file, name, site);
            } catch (IOException e) {
                throw new MojoExecutionException("markfeed could not read " + file + ": " + e.getMessage(), e);
            }
            if (result.kind() == FeedChecker.Kind.UNKNOWN) {
                getLog().debug("Skipped " + name + ": not a feed or a sitemap");
                continue;
            }
            checked++;
            getLog().debug("Checked " + name + " (" + result.kind().displayName() + "): " + result.findings().size()
                    + " findings");
            for (Finding finding : result.findings()) {
                if (finding.isError()) {
                    getLog().error(finding.toString());
                } else {
                    getLog().warn(finding.toString());
                }
            }
            errors += result.errors();
            warnings += result.warnings();
        }

        getLog().info("Checked " + checked + (checked == 1 ? " file" : " files") + " in " + folder + ": "
                + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        if (errors > 0) {
            throw new MojoFailureException("markfeed:check found " + errors + (errors == 1 ? " error" : " errors")
                    + " in the feeds and sitemaps of " + folder + "; each is logged above");
        }
        if (failOnWarning && warnings > 0) {
            throw new MojoFailureException("markfeed:check found " + warnings + (warnings == 1 ? " warning" : " warnings")
                    + " in the feeds and sitemaps of " + folder + ", and <failOnWarning> is true; each is logged above");
        }
    }

    /** Returns the files under the folder that match {@code includes}, sorted by path. */
    List<Path> filesToCheck(Path folder) throws MojoExecutionException {
        Globs patterns = Globs.of(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> patterns.matches(folder.relativize(file).toString().replace(File.separatorChar, '/')))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MojoExecutionException("markfeed could not list the files in " + folder + ": " + e.getMessage(), e);
        }
    }
}
