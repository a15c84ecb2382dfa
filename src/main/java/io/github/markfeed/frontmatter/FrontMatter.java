package io.github.markfeed.frontmatter;

import java.util.Collections;
import java.util.Map;

/**
 * The YAML front matter of one page: its top-level keys with their values and positions.
 *
 * @param values key to value, as the YAML library built them (strings, numbers, booleans, lists,
 *     maps); YAML 1.2's core schema leaves dates as strings
 * @param positions key to the 1-based line and column of its value in the source file
 */
public record FrontMatter(Map<String, Object> values, Map<String, Position> positions) {

    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), Map.of());

    public FrontMatter {
        values = Collections.unmodifiableMap(values);
        positions = Collections.unmodifiableMap(positions);
    }

    /** Returns the first of the given keys that is present with a value other than YAML null. */
    public String firstPresentKey(String... keys) {
        for (String key : keys) {
            if (values.get(key) != null) {
                return key;
            }
        }
        return null;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Position position(String key) {
        return positions.getOrDefault(key, Position.UNKNOWN);
    }

    /** A 1-based line and column in a source file; 0 means unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }
}
