package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's git date sources: full and shallow repositories, and content outside any repository. */
class GeneratorGitDatesTest {

    private static final Instant ADDED = Instant.parse("2020-01-10T09:00:00Z");
    private static final Instant EDITED = Instant.parse("2021-02-20T10:30:00Z");
    private static final Instant BUILD_START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path work;

    private final List<String> logLines = new ArrayList<>();

    private final BuildLog log = new BuildLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {
            logLines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            logLines.add("WARN " + message);
        }
    };

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void commit(Git git, String message, Instant when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent person = new PersonIdent("Ada", "ada@example.org", when, ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(person).setCommitter(person).setSign(false).call();
    }

    /** Builds a repository whose {@code docs} folder has {@code guide.md}, edited once, and {@code about.md}. */
    private Path repository() throws Exception {
        Path repo = work.resolve("origin");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write(repo, "docs/guide.md", "# Guide\n\nFirst version.\n");
            write(repo, "docs/about.md", "# About\n");
            commit(git, "Add pages", ADDED);
            write(repo, "docs/guide.md", "# Guide\n\nSecond version.\n");
            commit(git, "Edit guide", EDITED);
        }
        return repo;
    }

    /** Clones with {@code git clone --depth 1}, since JGit cannot make shallow clones; skips without git. */
    private Path shallowClone() throws Exception {
        Path repo = repository();
        Path clone = work.resolve("shallow");
        Process process;
        try {
            process = new ProcessBuilder("git", "clone", "-q", "--depth", "1", repo.toUri().toString(), clone.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("the git binary is not available: " + e.getMessage());
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("git clone finished").isTrue();
        assertThat(process.exitValue()).as("git clone exit code, output: %s", output).isZero();
        assertThat(clone.resolve(".git/shallow")).as("shallow marker of the clone").isRegularFile();
        return clone;
    }

    private SiteConfig config(Path content, DateOptions dates) {
        ChannelSettings channel = new ChannelSettings("Docs", "Project docs", null, null, null, null, null, null, null, null, null, null);
        return SiteConfig.builder(SiteUrl.parse("https://example.org/"), content, work.resolve("site"), channel)
                .displayDirectory(work)
                .feedLimit(20)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(BUILD_START)
                .feedOptions(FeedOptions.defaults())
                .writeSitemap(true)
                .sitemapOptions(SitemapOptions.defaults())
                .dateOptions(dates)
                .build();
    }

    private static DateOptions updatedFromGit(DateOptions.ShallowClone shallow) {
        return new DateOptions(null, null, List.of(DateSource.GIT_UPDATED), null, null, shallow);
    }

    private void generate(Path content, DateOptions dates) throws Exception {
        new Generator(config(content, dates), log).generate();
    }

    private String sitemap() throws IOException {
        return Files.readString(work.resolve("site/sitemap.xml"), StandardCharsets.UTF_8);
    }

    private List<String> lines(String prefix) {
        return logLines.stream().filter(line -> line.startsWith(prefix)).toList();
    }

    private List<String> linesContaining(String text) {
        return logLines.stream().filter(line -> line.contains(text)).toList();
    }

    private static String lastmodOf(String sitemap, String url) {
        int at = sitemap.indexOf("<loc>" + url + "</loc>");
        assertThat(at).as("sitemap entry of %s", url).isNotNegative();
        int end = sitemap.indexOf("</url>", at);
        String entry = sitemap.substring(at, end);
        int start = entry.indexOf("<lastmod>");
        return start < 0 ? null : entry.substring(start + "<lastmod>".length(), entry.indexOf("</lastmod>"));
    }

    // Full history

    @Test
    void gitUpdated_lastCommitAsLastmod() throws Exception {
        Path repo = repository();

        generate(repo.resolve("docs"), updatedFromGit(null));

        assertThat(lastmodOf(sitemap(), "https://example.org/guide.html")).isEqualTo("2021-02-20T10:30:00Z");
        assertThat(lastmodOf(sitemap(), "https://example.org/about.html")).isEqualTo("2020-01-10T09:00:00Z");
    }

    @Test
    void gitCreated_publishedDate() throws Exception {
        Path repo = repository();
        DateOptions dates = new DateOptions(null, List.of(DateSource.GIT_CREATED), List.of(DateSource.FRONTMATTER),
                null, null, null);

        generate(repo.resolve("docs"), dates);

        String rss = Files.readString(work.resolve("site/rss.xml"), StandardCharsets.UTF_8);
        assertThat(rss).contains("<pubDate>Fri, 10 Jan 2020 09:00:00 GMT</pubDate>");
        assertThat(rss).doesNotContain("Sat, 20 Feb 2021");
    }

    @Test
    void summary_countsGitUpdated() throws Exception {
        Path repo = repository();

        generate(repo.resolve("docs"), updatedFromGit(null));

        assertThat(linesContaining("Dates: ")).containsExactly(
                "INFO Dates: published from none 2; updated from git-updated 2, none 0");
    }

    @Test
    void uncommittedPage_noGitDateAndCounted() throws Exception {
        Path repo = repository();
        write(repo, "docs/guide.md", "# Guide\n\nNot committed yet.\n");
        write(repo, "docs/new.md", "# New\n");

        generate(repo.resolve("docs"), updatedFromGit(null));

        assertThat(lastmodOf(sitemap(), "https://example.org/guide.html")).isNull();
        assertThat(lastmodOf(sitemap(), "https://example.org/new.html")).isNull();
        assertThat(linesContaining("Dates: ")).containsExactly("INFO Dates: published from none 3;"
                + " updated from git-updated 1, none 2; 2 pages with uncommitted changes, so no git-updated date");
    }

    @Test
    void uncommittedPage_fallsToFrontMatter() throws Exception {
        Path repo = repository();
        write(repo, "docs/guide.md", "---\ntitle: Guide\nupdated: 2024-05-05\n---\nNot committed yet.\n");
        DateOptions dates = new DateOptions(null, null, List.of(DateSource.GIT_UPDATED, DateSource.FRONTMATTER),
                null, null, null);

        generate(repo.resolve("docs"), dates);

        assertThat(lastmodOf(sitemap(), "https://example.org/guide.html")).isEqualTo("2024-05-05T00:00:00Z");
    }

    // Shallow clones

    @Test
    void shallow_failsByDefault() throws Exception {
        Path clone = shallowClone();

        SetupException failure = catchThrowableOfType(SetupException.class,
                () -> generate(clone.resolve("docs"), updatedFromGit(null)));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("shallow clone");
        assertThat(failure.getMessage()).contains("fetch-depth: 0");
        assertThat(failure.getMessage()).contains("GIT_DEPTH: 0");
        assertThat(failure.getMessage()).contains("warn");
        assertThat(failure.getMessage()).contains("ignore-git");
    }

    @Test
    void shallow_failureWritesNothing() throws Exception {
        Path clone = shallowClone();

        catchThrowableOfType(SetupException.class, () -> generate(clone.resolve("docs"), updatedFromGit(null)));

        assertThat(work.resolve("site")).doesNotExist();
    }

    @Test
    void shallow_defaultOptionsFail() throws Exception {
        Path clone = shallowClone();

        SetupException failure = catchThrowableOfType(SetupException.class,
                () -> generate(clone.resolve("docs"), DateOptions.defaults()));

        assertThat(failure).isNotNull();
    }

    @Test
    void shallow_warnOnce() throws Exception {
        Path clone = shallowClone();

        generate(clone.resolve("docs"), updatedFromGit(DateOptions.ShallowClone.WARN));

        assertThat(lines("WARN ")).hasSize(1);
        assertThat(lines("WARN ").get(0)).contains("shallow clone");
    }

    @Test
    void shallow_warnUsesHistoryThere() throws Exception {
        Path clone = shallowClone();

        generate(clone.resolve("docs"), updatedFromGit(DateOptions.ShallowClone.WARN));

        // The clone holds only the newest commit, so both pages seem last changed then.
        assertThat(lastmodOf(sitemap(), "https://example.org/about.html")).isEqualTo("2021-02-20T10:30:00Z");
    }

    @Test
    void shallow_ignoreGitSkipsGit() throws Exception {
        Path clone = shallowClone();

        generate(clone.resolve("docs"), updatedFromGit(DateOptions.ShallowClone.IGNORE_GIT));

        assertThat(lines("WARN ")).isEmpty();
        assertThat(linesContaining("shallow clone")).hasSize(1);
        assertThat(lastmodOf(sitemap(), "https://example.org/guide.html")).isNull();
    }

    @Test
    void shallow_noGitSource_noCheck() throws Exception {
        Path clone = shallowClone();
        DateOptions dates = new DateOptions(null, null, List.of(DateSource.FRONTMATTER), null, null, null);

        generate(clone.resolve("docs"), dates);

        assertThat(linesContaining("shallow")).isEmpty();
        assertThat(work.resolve("site/sitemap.xml")).isRegularFile();
    }

    // No repository

    @Test
    void notRepository_oneInfoLine() throws Exception {
        Path content = work.resolve("plain");
        write(content, "a.md", "# A\n");
        write(content, "b.md", "# B\n");
        DateOptions dates = new DateOptions(null, List.of(DateSource.GIT_CREATED), List.of(DateSource.GIT_UPDATED),
                null, null, null);

        generate(content, dates);

        assertThat(linesContaining("not in a git repository")).hasSize(1);
        assertThat(lines("WARN ")).isEmpty();
    }

    @Test
    void notRepository_noGitSource_noLine() throws Exception {
        Path content = work.resolve("plain");
        write(content, "a.md", "# A\n");
        DateOptions dates = new DateOptions(null, null, List.of(DateSource.FRONTMATTER), null, null, null);

        generate(content, dates);

        assertThat(linesContaining("git")).isEmpty();
    }

    @Test
    void notRepository_noWallClockDate() throws Exception {
        Path content = work.resolve("plain");
        write(content, "a.md", "# A\n");

        generate(content, updatedFromGit(null));

        assertThat(lastmodOf(sitemap(), "https://example.org/a.html")).isNull();
    }
}
