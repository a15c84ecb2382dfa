package io.github.markfeed.maven;

import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.DateOptions;
import io.github.markfeed.core.DateSource;
import io.github.markfeed.core.FeedFormat;
import io.github.markfeed.page.LanguageTags;
import io.github.markfeed.page.Permalink;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.File;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Checks the goal's parameters and collects every problem, so that one build reports them all.
 * Each message names the parameter's XML element and its {@code -Dmarkfeed.} property.
 */
final class ParameterChecks {

    private static final Pattern RSS_EMAIL = Pattern.compile("^[^\\s@()]+@[^\\s@()]+(\\s+\\(.+\\))?$");

    private final List<String> problems = new ArrayList<>();

    SiteUrl siteUrl(String value) {
        if (value == null || value.isBlank()) {
            problems.add("No site URL is set. Set <siteUrl> in the plugin's configuration, pass"
                    + " -Dmarkfeed.siteUrl=https://example.org/, or set <url> in the POM.");
            return null;
        }
        try {
            return SiteUrl.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid <siteUrl> (-Dmarkfeed.siteUrl): " + e.getMessage()
                    + ". Give the absolute URL the site is published at, such as https://example.org/,"
                    + " in <siteUrl> or in the POM's <url>.");
            return null;
        }
    }

    void contentDirectory(File folder) {
        if (folder == null) {
            problems.add("No content folder is set: set <contentDirectory> (-Dmarkfeed.contentDirectory).");
        } else if (!folder.isDirectory()) {
            problems.add("The content folder " + folder + (folder.exists() ? " is not a folder" : " does not exist")
                    + ". Create it, or point <contentDirectory> (-Dmarkfeed.contentDirectory) at the folder"
                    + " holding the Markdown pages.");
        }
    }

    void permalink(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            problems.add("<permalink> (-Dmarkfeed.permalink) is empty; use a pattern such as /{path}.html.");
            return;
        }
        try {
            Permalink.parse(pattern);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid <permalink> (-Dmarkfeed.permalink): " + e.getMessage() + ".");
        }
    }

    void outputFileName(String parameter, String name) {
        if (name == null || name.isBlank()) {
            problems.add("<" + parameter + "> (-Dmarkfeed." + parameter + ") is empty; give a file name such as "
                    + ("rssFile".equals(parameter) ? "rss.xml." : "sitemap.xml."));
            return;
        }
        String normalized = name.strip().replace('\\', '/');
        boolean escapes = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || List.of(normalized.split("/")).contains("..");
        if (escapes || normalized.endsWith("/")) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") '" + name
                    + "': give a file path relative to <outputDirectory>, without '..'.");
        }
    }

    void atLeastZero(String parameter, int value) {
        if (value < 0) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") " + value + ": use 0 or more.");
        }
    }

    void language(String parameter, String value) {
        if (value != null && !value.isBlank() && !LanguageTags.isValid(value)) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") '" + value
                    + "': use a language tag such as en, en-us or de-DE.");
        }
    }

    void languageTags(String parameter, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value == null || value.contains("_") || !LanguageTags.isValid(value)) {
                problems.add("Invalid <" + parameter + "> entry '" + value + "': use language tags such as en or pt-BR,"
                        + " matching the names of the content folders.");
            }
        }
    }

    void range(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") " + value + ": use " + min + " to "
                    + max + ".");
        }
    }

    TrailingSlash trailingSlash(String value) {
        try {
            return TrailingSlash.parse(value == null ? "keep" : value);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid <trailingSlash> (-Dmarkfeed.trailingSlash): " + e.getMessage() + ".");
            return TrailingSlash.KEEP;
        }
    }

    void emailAddress(String parameter, String value) {
        if (value != null && !value.isBlank() && !RSS_EMAIL.matcher(value.strip()).matches()) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") '" + value
                    + "': RSS wants an e-mail address, optionally with a name, as editor@example.org (Jane Doe).");
        }
    }

    /**
     * Parses {@code project.build.outputTimestamp} the way Maven's archiver does: empty or a single
     * character means unset, digits are seconds since the epoch, anything else is ISO 8601 with an offset.
     */
    Optional<Instant> outputTimestamp(String value) {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            problems.add("Invalid project.build.outputTimestamp '" + value
                    + "': use ISO 8601 with an offset, such as 2024-01-01T00:00:00Z, or seconds since the epoch.");
            return Optional.empty();
        }
    }

    Set<FeedFormat> formats(String parameter, String value) {
        String label = parameter.startsWith("<") ? parameter : "<" + parameter + "> (-Dmarkfeed." + parameter + ")";
        try {
            return FeedFormat.parseList(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid " + label + " '" + value + "': " + e.getMessage() + ".");
            return null;
        }
    }

    ContentMode contentMode(String parameter, String value) {
        String label = parameter.startsWith("<") ? parameter : "<" + parameter + "> (-Dmarkfeed." + parameter + ")";
        try {
            return ContentMode.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid " + label + ": " + e.getMessage() + ".");
            return null;
        }
    }

    void atLeastOne(String parameter, int value) {
        if (value < 1) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") " + value + ": use 1 or more.");
        }
    }

    void absoluteUrl(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            SiteUrl.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + "): " + e.getMessage() + ".");
        }
    }

    void linkParameters(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String text = value.strip();
        if (text.startsWith("?") || text.startsWith("&") || text.contains("#") || text.matches(".*\\s.*")) {
            problems.add("Invalid <linkParameters> (-Dmarkfeed.linkParameters) '" + value
                    + "': give query parameters without '?', '#' or spaces, such as utm_source=feed&utm_medium=rss.");
        }
    }

    void itemTemplate(File file) {
        if (file != null && !file.isFile()) {
            problems.add("The item template " + file + " does not exist. Create it, or fix <itemTemplate>"
                    + " (-Dmarkfeed.itemTemplate).");
        }
    }

    /** Checks a custom feed's id and path; returns whether both are usable. */
    boolean customFeedBasics(String where, String id, String path, Set<String> ids, Set<String> paths) {
        boolean usable = true;
        if (id == null) {
            problems.add("Invalid " + where + ": <id> is missing; give each feed a short unique name.");
            usable = false;
        } else if (!ids.add(id)) {
            problems.add("Invalid " + where + ": the <id> '" + id + "' is used by another feed.");
            usable = false;
        }
        if (path == null) {
            problems.add("Invalid " + where + ": <path> is missing; give the folder of the feed's files, such as releases.");
            return false;
        }
        String normalized = path.strip().replace('\\', '/').replaceAll("/+$", "");
        boolean escapes = normalized.isEmpty() || normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || List.of(normalized.split("/")).contains("..");
        if (escapes) {
            problems.add("Invalid " + where + " <path> '" + path
                    + "': give a folder relative to <outputDirectory>, not empty and without '..'.");
            return false;
        }
        if (!paths.add(normalized)) {
            problems.add("Invalid " + where + ": the <path> '" + path + "' is used by another feed.");
            return false;
        }
        return usable;
    }

    ZoneId timeZone(String value) {
        try {
            return ZoneId.of(value == null || value.isBlank() ? "UTC" : value.strip());
        } catch (DateTimeException e) {
            problems.add("Invalid <timeZone> (-Dmarkfeed.timeZone) '" + value
                    + "': use a zone id such as UTC, Europe/Berlin or America/New_York.");
            return ZoneOffset.UTC;
        }
    }

    List<DateSource> dateSources(String parameter, String value) {
        try {
            List<DateSource> sources = DateSource.parseList(value == null ? "" : value);
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no source given");
            }
            return sources;
        } catch (IllegalArgumentException e) {
            problems.add("Invalid <" + parameter + "> (-Dmarkfeed." + parameter + ") '" + value + "': " + e.getMessage()
                    + "; list sources such as frontmatter,filename,git-created,git-updated.");
            return null;
        }
    }

    void datePatterns(List<String> patterns) {
        if (patterns == null) {
            return;
        }
        for (String pattern : patterns) {
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                problems.add("Invalid <dateFormats> entry '" + pattern + "': " + e.getMessage()
                        + "; use java.time.format.DateTimeFormatter patterns such as M/d/yyyy.");
            }
        }
    }

    DateOptions.ShallowClone shallowClone(String value) {
        try {
            return DateOptions.ShallowClone.parse(value == null ? "fail" : value);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid <shallowClone> (-Dmarkfeed.shallowClone): " + e.getMessage() + ".");
            return DateOptions.ShallowClone.FAIL;
        }
    }

    void add(String problem) {
        problems.add(problem);
    }

    void failIfAny() throws MojoFailureException {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1) {
            throw new MojoFailureException(problems.get(0));
        }
        StringBuilder message = new StringBuilder(problems.size() + " configuration problems:");
        for (int i = 0; i < problems.size(); i++) {
            message.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(problems.get(i));
        }
        throw new MojoFailureException(message.toString());
    }
}
