package io.github.markfeed.core;

import java.util.Locale;

/** How much of each page a feed carries. */
public enum ContentMode {
    /** The whole page as HTML, plus the summary. */
    FULL,
    /** Only the summary, so that readers follow the link to read the page. */
    SUMMARY,
    /** Title, link and date only. */
    NONE;

    /**
     * Parses {@code full}, {@code summary} or {@code none}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static ContentMode parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> FULL;
            case "summary" -> SUMMARY;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException(
                    "unknown content mode '" + value.strip() + "'; use full, summary or none");
        };
    }

    /** Returns the more restrictive of two modes, so that a page can only reduce what a feed shows. */
    public ContentMode restrictedBy(ContentMode other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }
}
