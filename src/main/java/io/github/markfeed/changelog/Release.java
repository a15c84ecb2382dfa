package io.github.markfeed.changelog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One release section of a changelog.
 *
 * @param version the version without a leading {@code v}, such as {@code 1.2.0}
 * @param label the version as the heading writes it, such as {@code v1.2.0}, for looking up its
 *     link reference
 * @param date the release date from the heading or the line below it, or {@code null} when the
 *     changelog gives none
 * @param yanked whether the heading carries a {@code [YANKED]} marker
 * @param line 1-based line of the heading
 * @param anchor the GitHub-style anchor of the heading, without {@code #}
 * @param markdown the section's Markdown below the heading, without its date line and without the
 *     changelog's link reference definitions
 * @param linkUrl URL of the version's link reference definition, or of a link in the heading
 *     itself, or {@code null}
 */
public record Release(
        String version,
        String label,
        LocalDate date,
        boolean yanked,
        int line,
        String anchor,
        String markdown,
        String linkUrl) {

    public Release {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(markdown, "markdown");
    }

    /** Returns this release with another date, such as the date of its Git tag. */
    public Release withDate(LocalDate newDate) {
        return new Release(version, label, newDate, yanked, line, anchor, markdown, linkUrl);
    }
}
