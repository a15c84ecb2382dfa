package io.github.markfeed.changelog;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.page.DateValues;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a changelog into its releases. It reads Keep a Changelog ({@code ## [1.2.0] - 2024-03-10},
 * with {@code [YANKED]} markers and link reference definitions) and the usual variants: versions
 * without brackets or with a {@code v} ({@code ## v1.2.0 (2024-03-10)}), a heading that is a link
 * ({@code ## [1.2.0](https://...) (2024-03-10)}), the date on the first line below the heading,
 * and releases at heading level 1, 2 or 3. The level whose headings most often name a version is
 * the release level, and each release section runs to the next heading of that level or higher.
 *
 * <p>Pure: it reads no file and no repository. Problems go to a {@link ContentProblems} with the
 * line they are on.
 */
public final class ChangelogParser {

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LINK_DEFINITION =
            Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:[ \\t]*<?([^\\s>]+)>?(?:[ \\t]+.*)?$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");

    /** A version as {@code 1.2}, {@code 1.2.0}, {@code 1.2.0-rc.1} or {@code 1.2.0+build.5}, with an optional {@code v}. */
    private static final Pattern VERSION =
            Pattern.compile("[vV]?(\\d+(?:\\.\\d+)*(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?)");
    private static final Pattern BRACKETED =
            Pattern.compile("^\\[([^\\]]+)\\](?:\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\))?(.*)$");
    private static final Pattern WORD_PREFIX = Pattern.compile("(?i)^(?:version|release)\\s+");
    private static final Pattern YANKED = Pattern.compile("(?i)\\[yanked]|\\(yanked\\)|\\byanked\\b");
    private static final Pattern NOT_RELEASED =
            Pattern.compile("(?i)\\b(?:unreleased|not released|upcoming|tbd|tba|in progress|wip)\\b");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-\u2013\u2014:/,(\\[]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s)\\]]+$");
    /** An ISO date anywhere after the version, so that {@code Prerelease (2019-10-08)} is dated too. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d.])(\\d{4}-\\d{1,2}-\\d{1,2})(T[^\\s)\\]]*)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^[\\s>*_(]*(?:(?:released|release date|date)(?:\\s+on)?\\s*:?\\s*)?[*_]*"
                    + "(\\d{4}-\\d{1,2}-\\d{1,2}(?:T[^\\s*_)]*)?)[*_).\\s]*$");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /**
     * The releases of a changelog.
     *
     * @param releases the releases in the order of the file, {@code Unreleased} left out
     * @param linkDefinitions the file's link reference definitions, one per line, for rendering a
     *     section whose entries use them
     */
    public record Changelog(List<Release> releases, String linkDefinitions) {}

    private record Heading(int index, int level, String text) {}

    /** Parts of a heading's text that names a version or {@code Unreleased}. */
    private record ReleaseHeading(String version, String label, String linkUrl, String rest, boolean unreleased) {}

    /**
     * Parses a changelog.
     *
     * @param text the file's text with {@code \n} line endings
     * @param file the path shown in messages, such as {@code CHANGELOG.md}
     * @param problems receives an error for a date that does not parse and for a version with two
     *     headings
     */
    public Changelog parse(String text, String file, ContentProblems problems) {
        String[] lines = text.split("\n", -1);
        List<Heading> headings = new ArrayList<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        boolean[] definitionLine = new boolean[lines.length];
        scan(lines, headings, definitions, definitionLine);

        int level = releaseLevel(headings);
        Map<Integer, String> anchors = anchors(headings);
        List<Release> releases = new ArrayList<>();
        Map<String, Integer> firstLineByVersion = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading.level() != level) {
                continue;
            }
            ReleaseHeading parsed = releaseHeading(heading.text());
            if (parsed == null || parsed.unreleased()) {
                continue;
            }
            int end = sectionEnd(headings, i, level, lines.length);
            Release release = release(heading, parsed, lines, end, definitionLine, definitions, anchors, file, problems);
            if (release == null) {
                continue;
            }
            Integer earlier = firstLineByVersion.putIfAbsent(release.version(), release.line());
            if (earlier != null) {
                problems.error(ContentProblem.at(file, release.line(), "version " + release.version()
                        + " has a second heading; the first is on line " + earlier
                        + ". Merge the two sections or correct the version"));
                continue;
            }
            releases.add(release);
        }
        StringBuilder definitionText = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (definitionLine[i]) {
                definitionText.append(lines[i].strip()).append('\n');
            }
        }
        return new Changelog(List.copyOf(releases), definitionText.toString());
    }

    /** Collects the ATX headings and the link reference definitions outside fenced code blocks. */
    private static void scan(String[] lines, List<Heading> headings, Map<String, String> definitions, boolean[] definitionLine) {
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceMatcher = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatcher.find() && fenceMatcher.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatcher.group(1).length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (fenceMatcher.find()) {
                fence = fenceMatcher.group(1);
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                String headingText = heading.group(2) == null ? "" : CLOSING_HASHES.matcher(heading.group(2)).replaceFirst("");
                headings.add(new Heading(i, heading.group(1).length(), headingText.strip()));
                continue;
            }
            Matcher definition = LINK_DEFINITION.matcher(line);
            if (definition.matches()) {
                definitions.putIfAbsent(normalizeLabel(definition.group(1)), definition.group(2));
                definitionLine[i] = true;
            }
        }
    }

    /**
     * Returns the heading level of the releases: among levels 1 to 3, the one with the most
     * headings that name a version or {@code Unreleased}, the higher level on a tie; 2 when none do.
     */
    private static int releaseLevel(List<Heading> headings) {
        int[] counts = new int[4];
        for (Heading heading : headings) {
            if (heading.level() <= 3 && releaseHeading(heading.text()) != null) {
                counts[heading.level()]++;
            }
        }
        int best = 2;
        for (int level = 1; level <= 3; level++) {
            if (counts[level] > counts[best] || (counts[level] == counts[best] && counts[level] > 0 && level < best)) {
                best = level;
            }
        }
        return best;
    }

    /** Returns the index of the line where the section of heading {@code i} ends, exclusive. */
    private static int sectionEnd(List<Heading> headings, int i, int level, int lineCount) {
        for (int next = i + 1; next < headings.size(); next++) {
            if (headings.get(next).level() <= level) {
                return headings.get(next).index();
            }
        }
        return lineCount;
    }

    /** Reads a heading's text as a release heading, or returns {@code null} when it names no version. */
    private static ReleaseHeading releaseHeading(String text) {
        String remaining = WORD_PREFIX.matcher(text).replaceFirst("");
        String label;
        String linkUrl = null;
        String rest;
        Matcher bracketed = BRACKETED.matcher(remaining);
        if (bracketed.matches()) {
            label = bracketed.group(1).strip();
            linkUrl = bracketed.group(2);
            rest = bracketed.group(3);
        } else {
            int space = indexOfWhitespace(remaining);
            label = space < 0 ? remaining : remaining.substring(0, space);
            rest = space < 0 ? "" : remaining.substring(space);
            label = label.replaceAll("[:,]+$", "");
        }
        if (label.equalsIgnoreCase("unreleased")) {
            return new ReleaseHeading(null, label, linkUrl, rest, true);
        }
        Matcher version = VERSION.matcher(label);
        if (!version.matches()) {
            return null;
        }
        return new ReleaseHeading(version.group(1), label, linkUrl, rest, false);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private Release release(
            Heading heading,
            ReleaseHeading parsed,
            String[] lines,
            int end,
            boolean[] definitionLine,
            Map<String, String> definitions,
            Map<Integer, String> anchors,
            String file,
            ContentProblems problems) {
        int lineNumber = heading.index() + 1;
        String rest = parsed.rest();
        boolean yanked = YANKED.matcher(rest).find();
        rest = YANKED.matcher(rest).replaceAll(" ");
        if (NOT_RELEASED.matcher(rest).find()) {
            // "## 1.3.0 (unreleased)" or "## [1.3.0] - TBD" is the next release, like Unreleased.
            return null;
        }
        rest = TRAILING_SEPARATORS.matcher(LEADING_SEPARATORS.matcher(rest).replaceFirst("")).replaceFirst("");

        int bodyStart = heading.index() + 1;
        LocalDate date = null;
        if (!rest.isEmpty()) {
            Matcher iso = ISO_DATE.matcher(rest);
            if (iso.find()) {
                date = parseDate(iso.group(1), iso.group(2), parsed.version(), lineNumber, file, problems);
                if (date == null) {
                    return null;
                }
            } else if (Character.isDigit(rest.charAt(0)) || YEAR.matcher(rest).find()) {
                problems.error(ContentProblem.at(file, lineNumber, "the date '" + rest + "' of version "
                        + parsed.version() + " is not an ISO 8601 date; write it as YYYY-MM-DD, such as 2024-03-10"));
                return null;
            }
        } else {
            int first = firstNonBlank(lines, bodyStart, end);
            Matcher dateLine = first < 0 ? null : DATE_LINE.matcher(lines[first]);
            if (dateLine != null && dateLine.matches()) {
                String value = dateLine.group(1);
                int t = value.indexOf('T');
                date = parseDate(t < 0 ? value : value.substring(0, t), t < 0 ? null : value.substring(t),
                        parsed.version(), first + 1, file, problems);
                if (date == null) {
                    return null;
                }
                bodyStart = first + 1;
            }
        }

        String linkUrl = parsed.linkUrl();
        if (linkUrl == null) {
            linkUrl = definitions.get(normalizeLabel(parsed.label()));
        }
        if (linkUrl == null) {
            linkUrl = definitions.get(normalizeLabel(parsed.version()));
        }
        String anchor = anchors.get(heading.index());
        return new Release(parsed.version(), parsed.label(), date, yanked, lineNumber, anchor,
                section(lines, bodyStart, end, definitionLine), linkUrl);
    }

    /**
     * Parses a date with an optional time part, which only has to be valid: the release is dated by
     * the day alone.
     */
    private static LocalDate parseDate(String day, String time, String version, int line, String file, ContentProblems problems) {
        String value = time == null ? day : day + time;
        try {
            LocalDate date = LocalDate.parse(day, STRICT_DATE);
            if (time != null) {
                DateValues.parse(value, ZoneOffset.UTC);
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.error(ContentProblem.at(file, line, "the date '" + value + "' of version " + version
                    + " is not a valid date; write it as YYYY-MM-DD, such as 2024-03-10"));
        } catch (DateTimeException e) {
            problems.error(ContentProblem.at(file, line, "the date '" + value + "' of version " + version
                    + " is not a valid date; use one of " + DateValues.ACCEPTED_FORMS));
        }
        return null;
    }

    private static int firstNonBlank(String[] lines, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the section's lines without link definitions, trimmed of blank lines and closing rules. */
    private static String section(String[] lines, int from, int end, boolean[] definitionLine) {
        List<String> sectionLines = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (!definitionLine[i]) {
                sectionLines.add(lines[i]);
            }
        }
        while (!sectionLines.isEmpty() && sectionLines.get(0).isBlank()) {
            sectionLines.remove(0);
        }
        while (!sectionLines.isEmpty() && (sectionLines.get(sectionLines.size() - 1).isBlank()
                || THEMATIC_BREAK.matcher(sectionLines.get(sectionLines.size() - 1)).matches())) {
            sectionLines.remove(sectionLines.size() - 1);
        }
        return sectionLines.isEmpty() ? "" : String.join("\n", sectionLines) + "\n";
    }

    /**
     * Returns the GitHub-style anchor of every heading, keyed by the heading's line index. Repeated
     * anchors get {@code -1}, {@code -2} and so on, counted over all headings as GitHub does.
     */
    private static Map<Integer, String> anchors(List<Heading> headings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, String> byIndex = new HashMap<>();
        for (Heading heading : headings) {
            String anchor = anchor(heading.text());
            int count = seen.merge(anchor, 1, Integer::sum) - 1;
            byIndex.put(heading.index(), count == 0 ? anchor : anchor + "-" + count);
        }
        return byIndex;
    }

    /**
     * Returns the anchor GitHub gives a heading: the visible text in lower case, with every character
     * other than a letter, a digit, {@code -}, {@code _} or a space removed and each space turned into
     * {@code -}. So {@code [1.2.0] - 2024-03-10} gets {@code 120---2024-03-10}.
     */
    static String anchor(String headingText) {
        String visible = headingText
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1")
                .replaceAll("<[^>]+>", "");
        return visible.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}\\-_ ]", "").replace(' ', '-');
    }

    /** Normalizes a link label as CommonMark matches them: case-insensitive, inner white space collapsed. */
    private static String normalizeLabel(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
