package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.url.SiteUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog feed inside a whole run: files, log lines, undated releases and errors. */
class ChangelogPublisherTest {

    private static final String CHANGELOG = """
            # Changelog

            ## [Unreleased]

            ## [1.1.0]

            ### Added

            - Tag dates.

            ## [1.0.0] - 2024-02-01

            ### Added

            - First release, see the [guide](src/site/markdown/guide.md).
            """;

    @TempDir
    Path project;

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

    private Path content() {
        return project.resolve("src/site/markdown");
    }

    private void write(String relativePath, String text) throws Exception {
        Path file = project.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private GenerationResult generate() throws Exception {
        ChannelSettings channel = new ChannelSettings("Tool", "News", null, null, null, null, null, null, null, null, null, null);
        ChangelogOptions changelog = new ChangelogOptions(project.resolve("CHANGELOG.md"), null, null, null, null, "Tool",
                null, null, null, 0);
        SiteConfig config = SiteConfig.builder(
                        SiteUrl.parse("https://example.org/"),
                        content(),
                        project.resolve("target/site"),
                        channel)
                .displayDirectory(project)
                .feedLimit(20)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.of(Instant.parse("2024-06-01T00:00:00Z")))
                .buildStart(Instant.parse("2024-06-01T12:00:00Z"))
                .feedOptions(FeedOptions.defaults())
                .writeSitemap(true)
                .changelog(changelog)
                .build();
        return new Generator(config, log).generate();
    }

    private String rss() throws Exception {
        return Files.readString(project.resolve("target/site/changelog.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void files_writtenAndLogged() throws Exception {
        write("CHANGELOG.md", CHANGELOG.replace("## [1.1.0]", "## [1.1.0] - 2024-03-01"));
        write("src/site/markdown/guide.md", "# Guide\n\nRead me.\n");

        generate();

        assertThat(logLines).contains(
                "INFO Wrote RSS feed 'changelog' with 2 items: target/site/changelog.xml",
                "INFO Wrote Atom feed 'changelog' with 2 items: target/site/changelog-atom.xml",
                "INFO Wrote JSON Feed 'changelog' with 2 items: target/site/changelog.json");
        assertThat(logLines).noneMatch(line -> line.startsWith("WARN"));
    }

    @Test
    void content_linkToPageResolved() throws Exception {
        write("CHANGELOG.md", CHANGELOG.replace("## [1.1.0]", "## [1.1.0] - 2024-03-01"));
        write("src/site/markdown/guide.md", "# Guide\n\nRead me.\n");

        generate();

        assertThat(rss()).contains("href=\"https://example.org/guide.html\"");
        assertThat(rss()).contains("<link>https://example.org/CHANGELOG.html#100---2024-02-01</link>");
    }

    @Test
    void undated_withoutTagLeftOutWithWarning() throws Exception {
        write("CHANGELOG.md", CHANGELOG);
        Files.createDirectories(content());

        generate();

        assertThat(logLines).contains("INFO Wrote RSS feed 'changelog' with 1 item: target/site/changelog.xml");
        assertThat(logLines).anyMatch(line -> line.startsWith("WARN CHANGELOG.md:5: version 1.1.0 has no date"));
        assertThat(logLines).anyMatch(line -> line.startsWith("INFO No Git repository"));
        assertThat(rss()).doesNotContain("Tool 1.1.0");
    }

    @Test
    void undated_takesTagDate() throws Exception {
        write("CHANGELOG.md", CHANGELOG);
        Files.createDirectories(content());
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("CHANGELOG.md").call();
            PersonIdent person = new PersonIdent("Ada", "ada@example.org", Instant.parse("2024-04-04T15:00:00Z"), ZoneOffset.UTC);
            RevCommit commit = git.commit().setMessage("Release").setAuthor(person).setCommitter(person).setSign(false).call();
            git.tag().setName("v1.1.0").setAnnotated(false).setObjectId(commit).call();
        }

        generate();

        assertThat(logLines).contains("INFO Wrote RSS feed 'changelog' with 2 items: target/site/changelog.xml");
        assertThat(rss()).contains("<title>Tool 1.1.0</title>");
        assertThat(rss()).contains("<pubDate>Thu, 04 Apr 2024 00:00:00 GMT</pubDate>");
    }

    @Test
    void errors_reportedWithPageErrors() throws Exception {
        write("CHANGELOG.md", CHANGELOG.replace("## [1.1.0]", "## [1.1.0] - 2024-13-01"));
        write("src/site/markdown/broken.md", "---\ntitle: [unclosed\n---\nText.\n");

        ContentException thrown = catchThrowableOfType(ContentException.class, this::generate);

        assertThat(thrown).isNotNull();
        assertThat(thrown.problems()).anyMatch(problem -> problem.file().equals("CHANGELOG.md") && problem.line() == 5);
        assertThat(thrown.problems()).anyMatch(problem -> problem.file().equals("broken.md"));
        assertThat(project.resolve("target/site/changelog.xml")).doesNotExist();
        assertThat(project.resolve("target/site/rss.xml")).doesNotExist();
    }
}
