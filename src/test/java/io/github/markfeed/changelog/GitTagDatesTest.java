package io.github.markfeed.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTagDatesTest {

    static final Instant COMMITTED = Instant.parse("2023-04-05T10:00:00Z");
    static final Instant TAGGED = Instant.parse("2023-05-06T22:30:00Z");

    @TempDir
    Path work;

    private final List<String> log = new ArrayList<>();

    private final BuildLog recording = new BuildLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add(message);
        }
    };

    /** Creates a repository with one commit and tags it with the given names, lightweight. */
    static RevCommit commitAndTag(Path folder, String... lightweightTags) throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            Files.writeString(folder.resolve("CHANGELOG.md"), "## 1.0.0\n\n- First.\n");
            git.add().addFilepattern("CHANGELOG.md").call();
            PersonIdent person = new PersonIdent("Ada", "ada@example.org", COMMITTED, ZoneOffset.UTC);
            RevCommit commit = git.commit().setMessage("Release").setAuthor(person).setCommitter(person).setSign(false).call();
            for (String tag : lightweightTags) {
                git.tag().setName(tag).setAnnotated(false).setObjectId(commit).call();
            }
            return commit;
        }
    }

    @Test
    void lightweightTag_commitDate() throws Exception {
        commitAndTag(work, "v1.0.0");

        Map<String, Instant> dates = GitTagDates.read(work.resolve("CHANGELOG.md"), recording);

        assertThat(dates).containsEntry("1.0.0", COMMITTED);
    }

    @Test
    void annotatedTag_taggerDate() throws Exception {
        RevCommit commit = commitAndTag(work);
        try (Git git = Git.open(work.toFile())) {
            git.tag().setName("2.0.0").setAnnotated(true).setMessage("2.0.0").setObjectId(commit).setSigned(false)
                    .setTagger(new PersonIdent("Ada", "ada@example.org", TAGGED, ZoneOffset.UTC)).call();
        }

        Map<String, Instant> dates = GitTagDates.read(work.resolve("CHANGELOG.md"), recording);

        assertThat(dates).containsEntry("2.0.0", TAGGED);
    }

    @Test
    void prefixes_allThreeRead() throws Exception {
        commitAndTag(work, "v1.0.0", "1.1.0", "release-1.2.0", "nightly", "vnext");

        Map<String, Instant> dates = GitTagDates.read(work.resolve("CHANGELOG.md"), recording);

        assertThat(dates).containsOnlyKeys("1.0.0", "1.1.0", "1.2.0");
    }

    @Test
    void subfolder_findsRepository() throws Exception {
        commitAndTag(work, "v1.0.0");
        Path docs = Files.createDirectories(work.resolve("docs"));
        Files.writeString(docs.resolve("CHANGES.md"), "## 1.0.0\n");

        Map<String, Instant> dates = GitTagDates.read(docs.resolve("CHANGES.md"), recording);

        assertThat(dates).containsKey("1.0.0");
    }

    @Test
    void noRepository_emptyWithInfo() throws Exception {
        Path file = Files.writeString(work.resolve("CHANGELOG.md"), "## 1.0.0\n");

        Map<String, Instant> dates = GitTagDates.read(file, recording);

        assertThat(dates).isEmpty();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("No Git repository").contains("CHANGELOG.md");
    }
}
