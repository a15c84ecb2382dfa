package io.github.markfeed.core;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The feed formats markfeed writes. */
public enum FeedFormat {
    RSS("rss", "RSS feed"),
    ATOM("atom", "Atom feed"),
    JSON("json", "JSON Feed");

    private final String key;
    private final String displayName;

    FeedFormat(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** Returns the name used in configuration, such as {@code rss}. */
    public String key() {
        return key;
    }

    /** Returns the name used in log lines, such as {@code Atom feed}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Parses a comma-separated list such as {@code rss,atom,json}.
     *
     * @throws IllegalArgumentException naming the first unknown format, or when the list is empty
     */
    public static Set<FeedFormat> parseList(String list) {
        Set<FeedFormat> formats = EnumSet.noneOf(FeedFormat.class);
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            FeedFormat format = switch (name) {
                case "rss" -> RSS;
                case "atom" -> ATOM;
                case "json", "jsonfeed" -> JSON;
                default -> throw new IllegalArgumentException(
                        "unknown feed format '" + part.strip() + "'; the formats are rss, atom and json");
            };
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no feed format given; use rss, atom, json or a comma-separated list of them");
        }
        return formats;
    }
}
