package io.github.markfeed.check;

import java.util.Objects;

/**
 * One rule that a feed or sitemap file breaks.
 *
 * @param severity whether the problem makes the file invalid ({@link Severity#ERROR}) or only
 *     worth fixing ({@link Severity#WARNING})
 * @param file path of the file relative to the checked folder, with {@code /} separators
 * @param location element path such as {@code /rss/channel/item[3]/pubDate}, member path such as
 *     {@code items[2].date_published} (JSON arrays count from 0), or {@code line:column} for a
 *     syntax error; empty when the problem concerns the whole file
 * @param rule rule id such as {@code rss.item.pubDate.rfc822}
 * @param message what is wrong, with the bad value, and how to fix it
 */
public record Finding(Severity severity, String file, String location, String rule, String message) {

    /** How much a finding matters. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        location = location == null ? "" : location;
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats the finding as {@code file:location: [rule] message}. */
    @Override
    public String toString() {
        return file + (location.isEmpty() ? "" : ":" + location) + ": [" + rule + "] " + message;
    }
}
