package io.github.markfeed.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a page's published or updated date may come from, tried in a configured order. */
public enum DateSource {
    /** Front matter keys: {@code date} for published, {@code updated} or {@code lastmod} for updated. */
    FRONTMATTER("frontmatter"),
    /** A {@code YYYY-MM-DD-} file-name prefix, or {@code YYYY/MM/DD/} folders. */
    FILENAME("filename"),
    /** The first commit that added the file, following renames. */
    GIT_CREATED("git-created"),
    /** The last commit that changed the file; a file with uncommitted changes has none. */
    GIT_UPDATED("git-updated");

    private final String key;

    DateSource(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Returns whether the source needs the git history. */
    public boolean usesGit() {
        return this == GIT_CREATED || this == GIT_UPDATED;
    }

    /**
     * Parses a comma-separated list such as {@code frontmatter, git-updated}.
     *
     * @throws IllegalArgumentException naming an unknown source or a repeated one
     */
    public static List<DateSource> parseList(String list) {
        List<DateSource> sources = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            DateSource source = switch (name) {
                case "frontmatter", "front-matter" -> FRONTMATTER;
                case "filename", "file-name" -> FILENAME;
                case "git-created" -> GIT_CREATED;
                case "git-updated" -> GIT_UPDATED;
                default -> throw new IllegalArgumentException("unknown date source '" + part.strip()
                        + "'; the sources are frontmatter, filename, git-created and git-updated");
            };
            if (sources.contains(source)) {
                throw new IllegalArgumentException("the date source '" + source.key + "' is listed twice");
            }
            sources.add(source);
        }
        return sources;
    }
}
