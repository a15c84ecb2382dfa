package io.github.markfeed.maven;

import io.github.markfeed.changelog.ChangelogFeed;
import io.github.markfeed.url.SiteUrl;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the changelog feed's parameters, reported through the goal's {@link ParameterChecks}. */
final class ChangelogChecks {

    private static final Pattern TOKEN = Pattern.compile("\\{[^{}]*}");

    private ChangelogChecks() {}

    static void itemTitle(ParameterChecks checks, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            checks.add("<changelogItemTitle> (-Dmarkfeed.changelogItemTitle) is empty; use a pattern such as"
                    + " {name} {version}.");
            return;
        }
        Matcher token = TOKEN.matcher(pattern);
        while (token.find()) {
            if (!ChangelogFeed.TITLE_TOKENS.contains(token.group())) {
                checks.add("Invalid <changelogItemTitle> (-Dmarkfeed.changelogItemTitle) '" + pattern
                        + "': unknown token " + token.group() + "; the tokens are " + String.join(", ", ChangelogFeed.TITLE_TOKENS)
                        + ".");
            }
        }
    }

    static void releaseUrl(ParameterChecks checks, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return;
        }
        if (!pattern.contains("{version}")) {
            checks.add("Invalid <changelogReleaseUrl> (-Dmarkfeed.changelogReleaseUrl) '" + pattern
                    + "': it has no {version}, so every release would get the same link; use a pattern such as"
                    + " https://github.com/org/repo/releases/tag/v{version}.");
            return;
        }
        try {
            SiteUrl.parse(pattern.strip().replace("{version}", "1.0.0"));
        } catch (IllegalArgumentException e) {
            checks.add("Invalid <changelogReleaseUrl> (-Dmarkfeed.changelogReleaseUrl) '" + pattern + "': "
                    + e.getMessage() + "; give an absolute http or https URL with {version}.");
        }
    }

    /** Reports a changelog feed file that has the same path as another changelog file or a main output. */
    static void distinctFiles(ParameterChecks checks, List<String> changelogFiles, List<String> otherFiles) {
        Set<String> usedFiles = new HashSet<>();
        for (String other : otherFiles) {
            if (other != null) {
                usedFiles.add(normalize(other));
            }
        }
        List<String> parameters = List.of("changelogRssFile", "changelogAtomFile", "changelogJsonFeedFile");
        for (int i = 0; i < changelogFiles.size(); i++) {
            String file = changelogFiles.get(i);
            if (file != null && !file.isBlank() && !usedFiles.add(normalize(file))) {
                checks.add("Invalid <" + parameters.get(i) + "> (-Dmarkfeed." + parameters.get(i) + ") '" + file
                        + "': another feed or the sitemap is written to the same file; choose another name.");
            }
        }
    }

    private static String normalize(String file) {
        return file.strip().replace('\\', '/').toLowerCase(Locale.ROOT);
    }
}
