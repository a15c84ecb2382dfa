package io.github.markfeed.git;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Dates of the files under the content folder, read from the git history.
 *
 * @param created first commit that added each file, following renames, by path relative to the
 *     content folder
 * @param updated last commit that changed each file, by the same paths
 * @param uncommitted files with changes not committed yet, which therefore have no git-updated date
 */
public record GitDates(Map<String, Instant> created, Map<String, Instant> updated, Set<String> uncommitted) {

    /** Dates of a site whose content is not in a git repository, or whose git sources are skipped. */
    public static final GitDates NONE = new GitDates(Map.of(), Map.of(), Set.of());

    public GitDates {
        created = Map.copyOf(created);
        updated = Map.copyOf(updated);
        uncommitted = Set.copyOf(uncommitted);
    }

    /** Returns the date a file was first committed, or {@code null}. */
    public Instant created(String relativePath) {
        return created.get(relativePath);
    }

    /** Returns the date of the last commit of a file without uncommitted changes, or {@code null}. */
    public Instant updated(String relativePath) {
        return uncommitted.contains(relativePath) ? null : updated.get(relativePath);
    }

    public boolean isUncommitted(String relativePath) {
        return uncommitted.contains(relativePath);
    }
}
