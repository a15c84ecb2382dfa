package io.github.markfeed.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL pattern such as {@code /{path}.html} or {@code /blog/{year}/{slug}/}, relative to the site
 * URL. Tokens: {@code {path}} (the file's path relative to the content folder, without extension),
 * {@code {slug}}, {@code {year}}, {@code {month}} and {@code {day}} (of the publication date).
 */
public final class Permalink {

    public static final Set<String> TOKENS = Set.of("path", "slug", "year", "month", "day");

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

    private final String pattern;

    private Permalink(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Checks a pattern's tokens.
     *
     * @throws IllegalArgumentException naming the first unknown token
     */
    public static Permalink parse(String pattern) {
        Matcher matcher = TOKEN.matcher(pattern);
        while (matcher.find()) {
            if (!TOKENS.contains(matcher.group(1))) {
                throw new IllegalArgumentException("unknown token {" + matcher.group(1) + "} in '" + pattern
                        + "'; the tokens are {path}, {slug}, {year}, {month} and {day}");
            }
        }
        return new Permalink(pattern);
    }

    /** Returns whether the pattern needs the page's date. */
    public boolean usesDate() {
        return pattern.contains("{year}") || pattern.contains("{month}") || pattern.contains("{day}");
    }

    /**
     * Expands the pattern for one page.
     *
     * @param path relative path of the source without extension
     * @param slug the page's slug
     * @param published publication date, or {@code null}; required when {@link #usesDate()}
     * @param zone zone in which the date's year, month and day are taken
     * @return the site-relative path, not yet percent-encoded
     */
    public String expand(String path, String slug, Instant published, ZoneId zone) {
        ZonedDateTime date = published == null ? null : published.atZone(zone);
        Matcher matcher = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "path" -> path;
                case "slug" -> slug;
                case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
                case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                default -> throw new IllegalStateException(matcher.group(1));
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
