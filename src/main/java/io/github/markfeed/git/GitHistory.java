package io.github.markfeed.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads the created and updated dates of every file under a folder in one walk over the git
 * history with JGit, newest commit first. Dates are author dates, the time a change was made.
 * Merge commits are skipped, so each change counts at the commit that made it.
 */
public final class GitHistory {

    private GitHistory() {}

    /** The repository found for a folder, or none. */
    public static final class Found implements AutoCloseable {
        private final Repository repository;

        private Found(Repository repository) {
            this.repository = repository;
        }

        /** Returns whether the repository is a shallow clone, whose history stops at a cut-off commit. */
        public boolean isShallow() {
            Path shallowFile = repository.getDirectory().toPath().resolve("shallow");
            try {
                return Files.isRegularFile(shallowFile) && Files.size(shallowFile) > 0;
            } catch (IOException e) {
                return true;
            }
        }

        public Path workTree() {
            return repository.getWorkTree().toPath();
        }

        @Override
        public void close() {
            repository.close();
        }
    }

    /**
     * Finds the repository that contains a folder.
     *
     * @return the repository, or {@code null} when the folder is not inside one
     */
    public static Found find(Path folder) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
        File gitDir = builder.getGitDir();
        if (gitDir == null) {
            return null;
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return null;
        }
        return new Found(repository);
    }

    /**
     * Reads the dates of all files under {@code folder}.
     *
     * @throws IOException when the repository cannot be read
     */
    public static GitDates read(Found found, Path folder) throws IOException {
        Repository repository = found.repository;
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path realFolder = folder.toRealPath();
        if (!realFolder.startsWith(workTree)) {
            return GitDates.NONE;
        }
        String prefix = workTree.relativize(realFolder).toString().replace('\\', '/');
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return new GitDates(Map.of(), Map.of(), uncommitted(repository, prefix));
        }

        Map<String, Instant> created = new HashMap<>();
        Map<String, Instant> updated = new HashMap<>();
        // Walking back in time, a file renamed from 'old' to 'new' is 'new' in every older commit too.
        Map<String, String> laterName = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader();
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            // No path filter: a page moved into the content folder from elsewhere counts as a rename
            // only when the diff contains both paths, so paths are filtered after rename detection.
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (commit.getParentCount() > 1) {
                    continue;
                }
                AbstractTreeIterator before = commit.getParentCount() == 0
                        ? new EmptyTreeIterator()
                        : tree(reader, walk.parseCommit(commit.getParent(0)));
                List<DiffEntry> changes = diff.scan(before, tree(reader, commit));
                Instant when = commit.getAuthorIdent().getWhenAsInstant();
                for (DiffEntry change : changes) {
                    if (change.getChangeType() == DiffEntry.ChangeType.DELETE) {
                        continue;
                    }
                    String path = change.getNewPath();
                    String current = laterName.getOrDefault(path, path);
                    String relative = relativeTo(prefix, current);
                    if (relative == null) {
                        continue;
                    }
                    updated.putIfAbsent(relative, when);
                    created.put(relative, when);
                    if (change.getChangeType() == DiffEntry.ChangeType.RENAME) {
                        laterName.put(change.getOldPath(), current);
                    }
                }
            }
        }
        return new GitDates(created, updated, uncommitted(repository, prefix));
    }

    private static CanonicalTreeParser tree(ObjectReader reader, RevCommit commit) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, commit.getTree());
        return parser;
    }

    private static String relativeTo(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1) : null;
    }

    private static Set<String> uncommitted(Repository repository, String prefix) throws IOException {
        Status status;
        try (Git git = Git.wrap(repository)) {
            status = prefix.isEmpty() ? git.status().call() : git.status().addPath(prefix).call();
        } catch (GitAPIException e) {
            throw new IOException("git status failed: " + e.getMessage(), e);
        }
        Set<String> paths = new HashSet<>();
        for (Set<String> group : List.of(status.getAdded(), status.getChanged(), status.getModified(),
                status.getUntracked(), status.getConflicting())) {
            for (String path : group) {
                String relative = relativeTo(prefix, path);
                if (relative != null) {
                    paths.add(relative);
                }
            }
        }
        return paths;
    }
}
