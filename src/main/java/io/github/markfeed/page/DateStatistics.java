package io.github.markfeed.page;

import io.github.markfeed.core.DateSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** Counts, per date source, how many pages took their dates from it, for the run's summary line. */
public final class DateStatistics {

    private final Map<DateSource, Integer> published = new EnumMap<>(DateSource.class);
    private final Map<DateSource, Integer> updated = new EnumMap<>(DateSource.class);
    private int publishedNone;
    private int updatedNone;
    private int uncommitted;

    synchronized void published(DateSource source) {
        if (source == null) {
            publishedNone++;
        } else {
            published.merge(source, 1, Integer::sum);
        }
    }

    synchronized void updated(DateSource source) {
        if (source == null) {
            updatedNone++;
        } else {
            updated.merge(source, 1, Integer::sum);
        }
    }

    synchronized void uncommitted() {
        uncommitted++;
    }

    /**
     * Returns a line such as {@code Dates: published from frontmatter 12, filename 3, none 1;
     * updated from git-updated 15, none 1; 1 page with uncommitted changes}.
     */
    public synchronized String summary() {
        StringBuilder line = new StringBuilder("Dates: published from ").append(counts(published, publishedNone));
        line.append("; updated from ").append(counts(updated, updatedNone));
        if (uncommitted > 0) {
            line.append("; ").append(uncommitted).append(uncommitted == 1 ? " page" : " pages")
                    .append(" with uncommitted changes, so no git-updated date");
        }
        return line.toString();
    }

    private static String counts(Map<DateSource, Integer> counts, int none) {
        StringJoiner joined = new StringJoiner(", ");
        for (Map.Entry<DateSource, Integer> count : counts.entrySet()) {
            joined.add(count.getKey().key() + " " + count.getValue());
        }
        joined.add("none " + none);
        return joined.toString();
    }
}
