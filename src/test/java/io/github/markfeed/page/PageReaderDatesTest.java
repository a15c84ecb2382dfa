package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.core.DateSource;
import io.github.markfeed.git.GitDates;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the page reader takes dates from: sources in order, file names, dotted keys, TOML and git. */
class PageReaderDatesTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<DateSource> FRONTMATTER_FILENAME = List.of(DateSource.FRONTMATTER, DateSource.FILENAME);
    private static final List<DateSource> FRONTMATTER_GIT = List.of(DateSource.FRONTMATTER, DateSource.GIT_UPDATED);
    private static final Instant GIT_CREATED = Instant.parse("2019-05-06T07:08:09Z");
    private static final Instant GIT_UPDATED = Instant.parse("2023-10-11T12:13:14Z");

    @TempDir
    Path content;

    private final ContentProblems problems = new ContentProblems();
    private TimeZone savedZone;

    private ZoneId zone = ZoneOffset.UTC;
    private List<DateSource> published = FRONTMATTER_FILENAME;
    private List<DateSource> updated = FRONTMATTER_GIT;
    private List<String> dateKeys = List.of();
    private List<String> dateFormats = List.of();
    private GitDates git = GitDates.NONE;
    private DateRules rules;

    /** A default zone far from UTC shows any use of it as a shifted date. */
    @BeforeEach
    void setFarAwayDefaultZone() {
        savedZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(savedZone);
    }

    private Page read(String relativePath, String text) throws IOException {
        Path file = content.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (rules == null) {
            rules = new DateRules(new DateValues(zone, dateFormats), published, updated, dateKeys, git, new DateStatistics());
        }
        PageReader reader = new PageReader(SITE, Permalink.parse("/{path}.html"), null, TrailingSlash.KEEP, List.of(), rules);
        return reader.read(new SourceFile(file, relativePath), problems);
    }

    private ContentProblem onlyError() {
        assertThat(problems.errors()).hasSize(1);
        return problems.errors().get(0);
    }

    private static GitDates gitDates(String path) {
        return new GitDates(Map.of(path, GIT_CREATED), Map.of(path, GIT_UPDATED), Set.of());
    }

    // Published date: order of the sources

    @Test
    void defaults_frontMatterBeforeFileName() throws IOException {
        Page page = read("2024-03-05-post.md", "---\ntitle: Post\ndate: 2024-04-01\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void fileNameFirst_fileNameWins() throws IOException {
        published = List.of(DateSource.FILENAME, DateSource.FRONTMATTER);

        Page page = read("2024-03-05-post.md", "---\ntitle: Post\ndate: 2024-04-01\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void frontMatterMissing_fileNameUsed() throws IOException {
        Page page = read("2024-03-05-post.md", "---\ntitle: Post\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void fileNameNotListed_undated() throws IOException {
        published = List.of(DateSource.FRONTMATTER);

        Page page = read("2024-03-05-post.md", "---\ntitle: Post\n---\n");

        assertThat(page.published()).isNull();
    }

    @Test
    void frontMatterNotListed_keyIgnored() throws IOException {
        published = List.of(DateSource.FILENAME);

        Page page = read("post.md", "---\ntitle: Post\ndate: 2024-04-01\n---\n");

        assertThat(page.published()).isNull();
    }

    @Test
    void gitCreated_published() throws IOException {
        published = List.of(DateSource.FRONTMATTER, DateSource.GIT_CREATED);
        git = gitDates("guide/install.md");

        Page page = read("guide/install.md", "# Install\n");

        assertThat(page.published()).isEqualTo(GIT_CREATED);
    }

    @Test
    void gitUpdatedAsPublished_lastCommit() throws IOException {
        published = List.of(DateSource.GIT_UPDATED);
        git = gitDates("page.md");

        assertThat(read("page.md", "# Page\n").published()).isEqualTo(GIT_UPDATED);
    }

    // File names and folders

    @Test
    void fileNamePrefix_siteZoneMidnight() throws IOException {
        zone = BERLIN;

        Page page = read("posts/2024-07-01-summer.md", "# Summer\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-06-30T22:00:00Z"));
    }

    @Test
    void dateFolders_used() throws IOException {
        Page page = read("blog/2024/03/05/post.md", "# Post\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void dateFoldersAtTop_used() throws IOException {
        Page page = read("2024/03/05/post.md", "# Post\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void prefixInsideDateFolders_prefixWins() throws IOException {
        Page page = read("2024/03/05/2024-03-09-post.md", "# Post\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-09T00:00:00Z"));
    }

    @Test
    void yearMonthFoldersOnly_undated() throws IOException {
        Page page = read("2024/03/post.md", "# Post\n");

        assertThat(page.published()).isNull();
    }

    @Test
    void prefixWithoutSlug_undated() throws IOException {
        Page page = read("2024-03-05.md", "# Post\n");

        assertThat(page.published()).isNull();
    }

    @Test
    void invalidPrefixDate_error() throws IOException {
        Page page = read("2024-02-30-post.md", "# Post\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'2024-02-30'");
    }

    @Test
    void invalidFolderDate_error() throws IOException {
        Page page = read("2024/13/01/post.md", "# Post\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'2024-13-01'");
    }

    // Front matter values and keys

    @Test
    void quotedAndUnquoted_sameInstant() throws IOException {
        Instant unquoted = read("a.md", "---\ntitle: A\ndate: 2024-03-05 10:15:00 -0800\n---\n").published();
        Instant quoted = read("b.md", "---\ntitle: B\ndate: \"2024-03-05 10:15:00 -0800\"\n---\n").published();

        assertThat(unquoted).isEqualTo(Instant.parse("2024-03-05T18:15:00Z"));
        assertThat(quoted).isEqualTo(unquoted);
    }

    @Test
    void oneDigitOffset_read() throws IOException {
        Page page = read("a.md", "---\ntitle: A\ndate: 2024-03-05T10:15:00-4\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T14:15:00Z"));
    }

    @Test
    void unquotedDateOnly_siteZone() throws IOException {
        zone = BERLIN;

        Page page = read("a.md", "---\ntitle: A\ndate: 2024-01-15\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-01-14T23:00:00Z"));
    }

    @Test
    void dottedKey_nestedMap() throws IOException {
        dateKeys = List.of("ms.date");
        dateFormats = List.of("M/d/yyyy");

        Page page = read("a.md", "---\ntitle: A\nms:\n  date: 03/05/2024\n  author: someone\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void dottedKey_literalTopLevelKey() throws IOException {
        dateKeys = List.of("ms.date");

        Page page = read("a.md", "---\ntitle: A\nms.date: 2024-03-05\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void dateKeys_beforeStandardKeys() throws IOException {
        dateKeys = List.of("ms.date", "posted");

        Page page = read("a.md", "---\ntitle: A\nposted: 2024-02-02\ndate: 2024-01-01\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-02-02T00:00:00Z"));
    }

    @Test
    void dottedKey_missingPart_nextKey() throws IOException {
        dateKeys = List.of("ms.date");

        Page page = read("a.md", "---\ntitle: A\nms: plain text\ndate: 2024-01-01\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void invalidValue_errorNamesKey() throws IOException {
        read("a.md", "---\ntitle: A\ndate: last tuesday\n---\n");

        assertThat(onlyError().message()).contains("'date'");
    }

    @Test
    void invalidValue_errorNamesValue() throws IOException {
        read("a.md", "---\ntitle: A\ndate: last tuesday\n---\n");

        assertThat(onlyError().message()).contains("'last tuesday'");
    }

    @Test
    void invalidValue_errorListsForms() throws IOException {
        dateFormats = List.of("M/d/yyyy");

        read("a.md", "---\ntitle: A\ndate: 2024/03/05\n---\n");

        assertThat(onlyError().message()).contains(DateValues.ACCEPTED_FORMS);
        assertThat(onlyError().message()).contains("M/d/yyyy");
    }

    @Test
    void invalidValue_errorLine() throws IOException {
        read("a.md", "---\ntitle: A\ndate: last tuesday\n---\n");

        assertThat(onlyError().line()).isEqualTo(3);
    }

    @Test
    void invalidNestedValue_errorNamesDottedKey() throws IOException {
        dateKeys = List.of("ms.date");

        read("a.md", "---\ntitle: A\nms:\n  date: soon\n---\n");

        assertThat(onlyError().message()).contains("'ms.date'");
        assertThat(onlyError().message()).contains("'soon'");
    }

    @Test
    void invalidNestedValue_lineOfTopKey() throws IOException {
        dateKeys = List.of("ms.date");

        read("a.md", "---\ntitle: A\nms:\n  date: soon\n---\n");

        assertThat(onlyError().line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void invalidUpdated_errorNamesKey() throws IOException {
        read("a.md", "---\ntitle: A\ndate: 2024-01-01\nlastmod: tomorrow\n---\n");

        assertThat(onlyError().message()).contains("'lastmod'");
        assertThat(onlyError().message()).contains("'tomorrow'");
    }

    // Updated date

    @Test
    void updatedKey_beforeGit() throws IOException {
        git = gitDates("a.md");

        Page page = read("a.md", "---\ntitle: A\nupdated: 2024-05-05\n---\n");

        assertThat(page.updated()).isEqualTo(Instant.parse("2024-05-05T00:00:00Z"));
    }

    @Test
    void noUpdatedKey_gitUpdated() throws IOException {
        git = gitDates("a.md");

        Page page = read("a.md", "---\ntitle: A\n---\n");

        assertThat(page.updated()).isEqualTo(GIT_UPDATED);
    }

    @Test
    void uncommitted_fallsToNextSource() throws IOException {
        updated = List.of(DateSource.GIT_UPDATED, DateSource.FRONTMATTER);
        git = new GitDates(Map.of("a.md", GIT_CREATED), Map.of("a.md", GIT_UPDATED), Set.of("a.md"));

        Page page = read("a.md", "---\ntitle: A\nlastmod: 2024-05-05\n---\n");

        assertThat(page.updated()).isEqualTo(Instant.parse("2024-05-05T00:00:00Z"));
    }

    @Test
    void uncommittedOnlyGit_noUpdatedDate() throws IOException {
        updated = List.of(DateSource.GIT_UPDATED);
        git = new GitDates(Map.of(), Map.of(), Set.of("a.md"));

        Page page = read("a.md", "---\ntitle: A\n---\n");

        assertThat(page.updated()).isNull();
    }

    @Test
    void notInGit_noUpdatedDate() throws IOException {
        Page page = read("a.md", "---\ntitle: A\n---\n");

        assertThat(page.updated()).isNull();
    }

    // Statistics

    @Test
    void statistics_countPerSource() throws IOException {
        git = new GitDates(Map.of(), Map.of("2024-03-05-b.md", GIT_UPDATED), Set.of("c.md"));

        read("a.md", "---\ntitle: A\ndate: 2024-01-01\nupdated: 2024-02-01\n---\n");
        read("2024-03-05-b.md", "# B\n");
        read("c.md", "# C\n");

        assertThat(rules.statistics().summary()).isEqualTo("Dates: published from frontmatter 1, filename 1, none 1;"
                + " updated from frontmatter 1, git-updated 1, none 1; 1 page with uncommitted changes, so no git-updated date");
    }

    @Test
    void statistics_uncommittedNotCountedWithoutGitSource() throws IOException {
        updated = List.of(DateSource.FRONTMATTER);
        git = new GitDates(Map.of(), Map.of(), Set.of("a.md"));

        read("a.md", "# A\n");

        assertThat(rules.statistics().summary()).doesNotContain("uncommitted");
    }

    // TOML front matter

    @Test
    void tomlLocalDate_siteZone() throws IOException {
        zone = BERLIN;

        Page page = read("a.md", "+++\ntitle = \"A\"\ndate = 2026-03-09\n+++\nBody.\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2026-03-08T23:00:00Z"));
    }

    @Test
    void tomlOffsetDateTime_keepsOffset() throws IOException {
        zone = BERLIN;

        Page page = read("a.md", "+++\ntitle = \"A\"\ndate = 2026-03-09T12:00:00+09:00\n+++\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2026-03-09T03:00:00Z"));
    }

    @Test
    void tomlLocalDateTime_siteZone() throws IOException {
        zone = BERLIN;

        Page page = read("a.md", "+++\ntitle = \"A\"\ndate = 2026-07-01T10:00:00\n+++\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    }

    @Test
    void tomlQuotedDate_parsedAsText() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\ndate = \"2026-03-09 12:00:00 -0800\"\n+++\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2026-03-09T20:00:00Z"));
    }

    @Test
    void tomlUpdated_read() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\ndate = 2026-03-09\nlastmod = 2026-03-10T08:00:00Z\n+++\n");

        assertThat(page.updated()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
    }

    @Test
    void tomlArrays_tags() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\ntags = [\"toml\", \"dates\"]\ncategories = [\"notes\"]\n+++\n");

        assertThat(page.tags()).containsExactly("toml", "dates", "notes");
    }

    @Test
    void tomlDraftFalse_published() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\ndraft = false\n+++\n");

        assertThat(page.draft()).isFalse();
    }

    @Test
    void tomlBody_withoutFrontMatter() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\n+++\nBody text.\n");

        assertThat(page.title()).isEqualTo("A");
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void tomlTable_dottedDateKey() throws IOException {
        dateKeys = List.of("ms.date");

        Page page = read("a.md", "+++\ntitle = \"A\"\n\n[ms]\ndate = 2024-03-05\n+++\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void tomlInvalidDate_errorNamesKeyAndLine() throws IOException {
        read("a.md", "+++\ntitle = \"A\"\ndate = \"soon\"\n+++\n");

        assertThat(onlyError().message()).contains("'date'");
        assertThat(onlyError().message()).contains("'soon'");
        assertThat(onlyError().line()).isEqualTo(3);
    }

    @Test
    void tomlSyntaxError_line() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\ntags = [\"x\",\ndate 2026-03-09\n+++\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("invalid TOML");
        assertThat(onlyError().line()).isEqualTo(4);
    }

    @Test
    void tomlSyntaxErrorFirstLine_line() throws IOException {
        read("a.md", "+++\ntitle = = \"A\"\n+++\n");

        assertThat(onlyError().line()).isEqualTo(2);
    }

    @Test
    void tomlNotClosed_error() throws IOException {
        Page page = read("a.md", "+++\ntitle = \"A\"\n\nBody.\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'+++'");
    }
}
