package io.github.markfeed.page;

import io.github.markfeed.core.DateOptions;
import io.github.markfeed.core.DateSource;
import io.github.markfeed.git.GitDates;
import java.time.ZoneId;
import java.util.List;

/**
 * How the page reader finds dates: the parser with the site's zone and patterns, the sources in
 * order, the extra front-matter keys, the git dates read before the pages, and the counters.
 *
 * @param parser parses date values
 * @param published sources of the publication date, in order
 * @param updated sources of the date of the last change, in order
 * @param dateKeys further front-matter keys for the publication date, dotted for nested maps
 * @param git dates from the git history, or {@link GitDates#NONE}
 * @param statistics counts which source each date came from
 */
public record DateRules(
        DateValues parser,
        List<DateSource> published,
        List<DateSource> updated,
        List<String> dateKeys,
        GitDates git,
        DateStatistics statistics) {

    /** Returns the rules of a site that sets none, in the given zone and without git history. */
    public static DateRules defaults(ZoneId zone) {
        return new DateRules(new DateValues(zone, List.of()), DateOptions.DEFAULT_PUBLISHED, DateOptions.DEFAULT_UPDATED,
                List.of(), GitDates.NONE, new DateStatistics());
    }

    /** Returns the rules for the given options and git dates. */
    public static DateRules of(DateOptions options, GitDates git) {
        return new DateRules(new DateValues(options.zone(), options.dateFormats()), options.publishedSources(),
                options.updatedSources(), options.dateKeys(), git, new DateStatistics());
    }
}
