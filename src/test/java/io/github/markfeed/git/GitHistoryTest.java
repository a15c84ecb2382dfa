package io.github.markfeed.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads dates from small repositories built with JGit, each commit at a chosen author date. */
class GitHistoryTest {

    static final Instant ADDED = Instant.parse("2020-01-10T09:00:00Z");
    static final Instant EDITED = Instant.parse("2021-02-20T10:30:00Z");
    static final Instant RENAMED = Instant.parse("2022-03-30T12:00:00Z");
    static final Instant COMMITTED_LATER = Instant.parse("2023-04-01T08:00:00Z");

    @TempDir
    Path repo;

    /** Writes a file under the repository, creating its folders. */
    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Stages every change, deletions included, and commits it with the given author and committer dates. */
    static RevCommit commit(Git git, String message, Instant authored, Instant committed) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        PersonIdent author = new PersonIdent("Ada", "ada@example.org", authored, ZoneId.of("America/New_York"));
        PersonIdent committer = new PersonIdent("Bob", "bob@example.org", committed, ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(author).setCommitter(committer).setSign(false).call();
    }

    static RevCommit commit(Git git, String message, Instant when) throws Exception {
        return commit(git, message, when, when);
    }

    static Git init(Path folder) throws Exception {
        return Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
    }

    /**
     * Builds a repository with the content in {@code docs}: {@code a.md} added and later edited,
     * {@code b.md} added and later renamed to {@code guide/b-moved.md}, and a README outside docs.
     */
    private void createHistory() throws Exception {
        try (Git git = init(repo)) {
            write(repo, "README.md", "# Project\n");
            write(repo, "docs/a.md", "# A\n\nFirst text.\n");
            write(repo, "docs/b.md", "# B\n\nA page long enough for rename detection to match it.\n");
            commit(git, "Add pages", ADDED);
            write(repo, "docs/a.md", "# A\n\nSecond text.\n");
            commit(git, "Edit A", EDITED);
            Files.createDirectories(repo.resolve("docs/guide"));
            Files.move(repo.resolve("docs/b.md"), repo.resolve("docs/guide/b-moved.md"));
            commit(git, "Move B", RENAMED);
            write(repo, "README.md", "# Project\n\nMore.\n");
            commit(git, "Edit README", COMMITTED_LATER);
        }
    }

    private GitDates read(Path folder) throws IOException {
        try (GitHistory.Found found = GitHistory.find(folder)) {
            assertThat(found).as("repository of %s", folder).isNotNull();
            return GitHistory.read(found, folder);
        }
    }

    @Test
    void created_firstCommit() throws Exception {
        createHistory();

        assertThat(read(repo.resolve("docs")).created("a.md")).isEqualTo(ADDED);
    }

    @Test
    void updated_lastCommit() throws Exception {
        createHistory();

        assertThat(read(repo.resolve("docs")).updated("a.md")).isEqualTo(EDITED);
    }

    @Test
    void rename_keepsCreatedDate() throws Exception {
        createHistory();

        assertThat(read(repo.resolve("docs")).created("guide/b-moved.md")).isEqualTo(ADDED);
    }

    @Test
    void rename_updatedAtRename() throws Exception {
        createHistory();

        assertThat(read(repo.resolve("docs")).updated("guide/b-moved.md")).isEqualTo(RENAMED);
    }

    @Test
    void rename_oldPathAbsent() throws Exception {
        createHistory();

        GitDates dates = read(repo.resolve("docs"));

        assertThat(dates.created()).doesNotContainKey("b.md");
        assertThat(dates.updated()).doesNotContainKey("b.md");
    }

    @Test
    void subfolder_pathsRelativeToContent() throws Exception {
        createHistory();

        GitDates dates = read(repo.resolve("docs"));

        assertThat(dates.updated().keySet()).containsExactlyInAnyOrder("a.md", "guide/b-moved.md");
    }

    @Test
    void repositoryRoot_pathsRelativeToRoot() throws Exception {
        createHistory();

        GitDates dates = read(repo);

        assertThat(dates.updated()).containsEntry("README.md", COMMITTED_LATER);
        assertThat(dates.updated()).containsEntry("docs/a.md", EDITED);
        assertThat(dates.created()).containsEntry("docs/guide/b-moved.md", ADDED);
    }

    @Test
    void nestedContentFolder_found() throws Exception {
        createHistory();

        GitDates dates = read(repo.resolve("docs/guide"));

        assertThat(dates.created()).containsOnlyKeys("b-moved.md");
        assertThat(dates.created("b-moved.md")).isEqualTo(ADDED);
    }

    @Test
    void renameIntoContent_keepsCreatedDate() throws Exception {
        try (Git git = init(repo)) {
            write(repo, "drafts/c.md", "# C\n\nA draft long enough for rename detection to match it.\n");
            commit(git, "Add draft", ADDED);
            Files.createDirectories(repo.resolve("docs"));
            Files.move(repo.resolve("drafts/c.md"), repo.resolve("docs/c.md"));
            commit(git, "Publish draft", RENAMED);
        }

        assertThat(read(repo.resolve("docs")).created("c.md")).isEqualTo(ADDED);
    }

    @Test
    void authorDate_notCommitterDate() throws Exception {
        try (Git git = init(repo)) {
            write(repo, "page.md", "# Page\n");
            commit(git, "Add", ADDED, COMMITTED_LATER);
        }

        GitDates dates = read(repo);

        assertThat(dates.created("page.md")).isEqualTo(ADDED);
        assertThat(dates.updated("page.md")).isEqualTo(ADDED);
    }

    @Test
    void untrackedFile_uncommitted() throws Exception {
        createHistory();
        write(repo, "docs/new.md", "# New\n");

        GitDates dates = read(repo.resolve("docs"));

        assertThat(dates.isUncommitted("new.md")).isTrue();
        assertThat(dates.updated("new.md")).isNull();
        assertThat(dates.created("new.md")).isNull();
    }

    @Test
    void modifiedFile_noUpdatedDate() throws Exception {
        createHistory();
        write(repo, "docs/a.md", "# A\n\nNot committed yet.\n");

        GitDates dates = read(repo.resolve("docs"));

        assertThat(dates.isUncommitted("a.md")).isTrue();
        assertThat(dates.updated("a.md")).isNull();
    }

    @Test
    void modifiedFile_keepsCreatedDate() throws Exception {
        createHistory();
        write(repo, "docs/a.md", "# A\n\nNot committed yet.\n");

        assertThat(read(repo.resolve("docs")).created("a.md")).isEqualTo(ADDED);
    }

    @Test
    void stagedFile_uncommitted() throws Exception {
        createHistory();
        write(repo, "docs/a.md", "# A\n\nStaged only.\n");
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern("docs/a.md").call();
        }

        assertThat(read(repo.resolve("docs")).isUncommitted("a.md")).isTrue();
    }

    @Test
    void changeOutsideContent_notReported() throws Exception {
        createHistory();
        write(repo, "README.md", "# Changed\n");
        write(repo, "notes.md", "# Untracked outside docs\n");

        GitDates dates = read(repo.resolve("docs"));

        assertThat(dates.uncommitted()).isEmpty();
    }

    @Test
    void cleanFile_notUncommitted() throws Exception {
        createHistory();

        assertThat(read(repo.resolve("docs")).isUncommitted("a.md")).isFalse();
    }

    @Test
    void mergeCommit_skipped() throws Exception {
        Instant onBranch = Instant.parse("2021-05-01T00:00:00Z");
        Instant onMain = Instant.parse("2021-05-02T00:00:00Z");
        Instant merged = Instant.parse("2021-06-01T00:00:00Z");
        try (Git git = init(repo)) {
            write(repo, "main.md", "# Main\n");
            write(repo, "side.md", "# Side\n");
            commit(git, "Start", ADDED);
            git.checkout().setCreateBranch(true).setName("side").call();
            write(repo, "side.md", "# Side\n\nChanged on the branch.\n");
            commit(git, "Change side", onBranch);
            git.checkout().setName("main").call();
            write(repo, "main.md", "# Main\n\nChanged on main.\n");
            commit(git, "Change main", onMain);
            git.merge().include(git.getRepository().resolve("side")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(false).call();
            RevCommit merge = commit(git, "Merge side", merged);
            assertThat(merge.getParentCount()).isEqualTo(2);
        }

        GitDates dates = read(repo);

        assertThat(dates.updated("side.md")).isEqualTo(onBranch);
        assertThat(dates.updated("main.md")).isEqualTo(onMain);
    }

    @Test
    void deletedAndAddedAgain_latestAddition() throws Exception {
        Instant deleted = Instant.parse("2021-01-01T00:00:00Z");
        Instant readded = Instant.parse("2022-01-01T00:00:00Z");
        try (Git git = init(repo)) {
            write(repo, "keep.md", "# Keep\n");
            write(repo, "page.md", "# Page\n\nOld text that is long enough to be recognised.\n");
            commit(git, "Add", ADDED);
            Files.delete(repo.resolve("page.md"));
            commit(git, "Delete", deleted);
            write(repo, "page.md", "# Page\n\nCompletely new text.\n");
            commit(git, "Add again", readded);
        }

        GitDates dates = read(repo);

        // NOTE: the walk treats the older file as the same page, since it never sees the gap.
        assertThat(dates.updated("page.md")).isEqualTo(readded);
    }

    @Test
    void emptyRepository_noDates() throws Exception {
        try (Git git = init(repo)) {
            write(repo, "docs/page.md", "# Page\n");
        }

        GitDates dates = read(repo.resolve("docs"));

        assertThat(dates.created()).isEmpty();
        assertThat(dates.updated()).isEmpty();
    }

    @Test
    void emptyRepository_filesUncommitted() throws Exception {
        try (Git git = init(repo)) {
            write(repo, "docs/page.md", "# Page\n");
        }

        assertThat(read(repo.resolve("docs")).isUncommitted("page.md")).isTrue();
    }

    @Test
    void find_outsideRepository_null(@TempDir Path elsewhere) throws IOException {
        assertThat(GitHistory.find(elsewhere)).isNull();
    }

    @Test
    void find_workTree() throws Exception {
        createHistory();

        try (GitHistory.Found found = GitHistory.find(repo.resolve("docs/guide"))) {
            assertThat(found.workTree().toRealPath()).isEqualTo(repo.toRealPath());
        }
    }

    @Test
    void isShallow_fullRepository_false() throws Exception {
        createHistory();

        try (GitHistory.Found found = GitHistory.find(repo)) {
            assertThat(found.isShallow()).isFalse();
        }
    }

    @Test
    void isShallow_depthOneClone_true(@TempDir Path clones) throws Exception {
        createHistory();
        Path clone = clones.resolve("shallow");
        assumeGitClone(repo, clone, true);

        try (GitHistory.Found found = GitHistory.find(clone.resolve("docs"))) {
            assertThat(found.isShallow()).isTrue();
        }
    }

    @Test
    void depthOneClone_datesOfLastCommit(@TempDir Path clones) throws Exception {
        createHistory();
        Path clone = clones.resolve("shallow");
        assumeGitClone(repo, clone, true);

        GitDates dates = read(clone.resolve("docs"));

        // The cut-off commit adds every file, so all of them seem created then: the reason to fail by default.
        assertThat(dates.created("a.md")).isEqualTo(COMMITTED_LATER);
    }

    /**
     * Clones a repository with the git binary, since JGit cannot make shallow clones; skips the
     * test when git is missing.
     */
    static void assumeGitClone(Path from, Path to, boolean shallow) throws Exception {
        List<String> command = shallow
                ? List.of("git", "clone", "-q", "--depth", "1", from.toUri().toString(), to.toString())
                : List.of("git", "clone", "-q", from.toString(), to.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("the git binary is not available: " + e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("git clone finished").isTrue();
        assertThat(process.exitValue()).as("git clone exit code, output: %s", output).isZero();
    }
}
