package io.github.markfeed.changelog;

import io.github.markfeed.core.BuildLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Reads the dates of a project's version tags with JGit, for releases that the changelog leaves
 * undated. A tag named {@code v1.2.0}, {@code 1.2.0} or {@code release-1.2.0} dates version
 * {@code 1.2.0}: an annotated tag by its tagger's date, a lightweight tag by its commit's date.
 */
public final class GitTagDates {

    /** Tag name prefixes, the preferred one first when several tags name the same version. */
    static final List<String> PREFIXES = List.of("v", "", "release-");

    private GitTagDates() {}

    /**
     * Returns the date of each tagged version in the Git repository that contains {@code file}.
     * Without a repository the map is empty, and one info line reports that.
     *
     * @throws IOException when the repository exists but cannot be read
     */
    public static Map<String, Instant> read(Path file, BuildLog log) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            log.info("No Git repository contains " + file.getFileName()
                    + ", so undated releases get no date from their tags");
            return Map.of();
        }
        Map<String, Instant> dates = new HashMap<>();
        Map<String, Integer> rankByVersion = new HashMap<>();
        try (Repository repository = builder.setMustExist(true).build();
                RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String tag = ref.getName().substring(Constants.R_TAGS.length());
                for (int rank = 0; rank < PREFIXES.size(); rank++) {
                    String prefix = PREFIXES.get(rank);
                    if (!tag.startsWith(prefix) || tag.length() == prefix.length()
                            || !Character.isDigit(tag.charAt(prefix.length()))) {
                        continue;
                    }
                    String version = tag.substring(prefix.length());
                    Integer known = rankByVersion.get(version);
                    if (known != null && known <= rank) {
                        break;
                    }
                    Instant date = date(walk, ref);
                    if (date != null) {
                        dates.put(version, date);
                        rankByVersion.put(version, rank);
                    }
                    break;
                }
            }
        }
        log.debug("Read the dates of " + dates.size() + " version tags from " + builder.getGitDir());
        return Map.copyOf(dates);
    }

    private static Instant date(RevWalk walk, Ref ref) throws IOException {
        RevObject object = walk.parseAny(ref.getObjectId());
        if (object instanceof RevTag tag) {
            PersonIdent tagger = tag.getTaggerIdent();
            if (tagger != null) {
                return tagger.getWhenAsInstant();
            }
        }
        RevObject target = walk.peel(object);
        if (target instanceof RevCommit commit) {
            walk.parseHeaders(commit);
            return commit.getCommitterIdent().getWhenAsInstant();
        }
        return null;
    }
}
