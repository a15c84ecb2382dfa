package io.github.markfeed.url;

import java.util.Locale;

/** One rule for the final slash of every page URL of a site, applied once when URLs are built. */
public enum TrailingSlash {
    /** URLs keep whatever the permalink pattern gives. */
    KEEP,
    /** Paths that do not end in a file name (a last segment without a dot) get a final slash. */
    ALWAYS,
    /** The final slash is removed from every path but the site's root. */
    NEVER;

    /**
     * Parses {@code keep}, {@code always} or {@code never}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static TrailingSlash parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "keep" -> KEEP;
            case "always" -> ALWAYS;
            case "never" -> NEVER;
            default -> throw new IllegalArgumentException("unknown trailing slash rule '" + value.strip()
                    + "'; use keep, always or never");
        };
    }

    /** Applies the rule to a site-relative path such as {@code blog/post} or {@code blog/post/}. */
    public String apply(String path) {
        if (this == KEEP || path.isEmpty()) {
            return path;
        }
        if (this == NEVER) {
            String stripped = path.replaceAll("/+$", "");
            return stripped;
        }
        if (path.endsWith("/")) {
            return path;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/";
    }
}
