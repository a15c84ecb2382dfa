package io.github.markfeed.core;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Sources of pages' dates and the rules for reading them.
 *
 * @param zone zone for date-only values and local date-times without an offset
 * @param publishedSources sources of the publication date, tried in order
 * @param updatedSources sources of the date of the last change, tried in order
 * @param dateKeys further front-matter keys for the publication date, dotted for nested maps
 *     (such as {@code ms.date}), tried before the standard keys
 * @param dateFormats further date patterns, tried after ISO 8601
 * @param shallowClone what to do when git dates are asked for in a shallow clone
 */
public record DateOptions(
        ZoneId zone,
        List<DateSource> publishedSources,
        List<DateSource> updatedSources,
        List<String> dateKeys,
        List<String> dateFormats,
        ShallowClone shallowClone) {

    public static final List<DateSource> DEFAULT_PUBLISHED = List.of(DateSource.FRONTMATTER, DateSource.FILENAME);
    public static final List<DateSource> DEFAULT_UPDATED = List.of(DateSource.FRONTMATTER, DateSource.GIT_UPDATED);

    public DateOptions {
        zone = zone == null ? ZoneOffset.UTC : zone;
        publishedSources = publishedSources == null ? DEFAULT_PUBLISHED : List.copyOf(publishedSources);
        updatedSources = updatedSources == null ? DEFAULT_UPDATED : List.copyOf(updatedSources);
        dateKeys = dateKeys == null ? List.of() : List.copyOf(dateKeys);
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        shallowClone = shallowClone == null ? ShallowClone.FAIL : shallowClone;
    }

    /** Returns the options of a site that sets none: UTC, front matter and file names, git for updates. */
    public static DateOptions defaults() {
        return new DateOptions(null, null, null, null, null, null);
    }

    /** Returns whether any source needs the git history. */
    public boolean usesGit() {
        return publishedSources.stream().anyMatch(DateSource::usesGit) || updatedSources.stream().anyMatch(DateSource::usesGit);
    }

    /** Action when git dates are requested in a shallow clone, whose history is cut off. */
    public enum ShallowClone {
        /** Fail the build, saying how to fetch the whole history. */
        FAIL,
        /** Use the history there is and warn once. */
        WARN,
        /** Skip the git sources. */
        IGNORE_GIT;

        /**
         * Parses {@code fail}, {@code warn} or {@code ignore-git}.
         *
         * @throws IllegalArgumentException for any other value
         */
        public static ShallowClone parse(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "fail" -> FAIL;
                case "warn" -> WARN;
                case "ignore-git" -> IGNORE_GIT;
                default -> throw new IllegalArgumentException("unknown value '" + value.strip()
                        + "'; use fail, warn or ignore-git");
            };
        }
    }
}
