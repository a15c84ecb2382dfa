package io.github.markfeed.content;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style glob patterns over paths relative to the content folder, as Maven users write them:
 * {@code **}{@code /*.md}, {@code blog/**}, {@code drafts/}.
 */
public final class Globs {

    private final List<PathMatcher> matchers;

    private Globs(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    /**
     * Compiles patterns. In Ant and Maven, a leading {@code **}{@code /} also matches files at the
     * top level, which Java's glob syntax does not, so each such pattern gets a second matcher
     * without that prefix. A pattern ending in {@code /} matches everything below that folder.
     */
    public static Globs of(List<String> patterns) {
        FileSystem fileSystem = FileSystems.getDefault();
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String normalized = pattern.trim().replace('\\', '/');
            if (normalized.isEmpty()) {
                continue;
            }
            if (normalized.endsWith("/")) {
                normalized = normalized + "**";
            }
            matchers.add(fileSystem.getPathMatcher("glob:" + normalized));
            String rest = normalized;
            while (rest.startsWith("**/")) {
                rest = rest.substring(3);
                matchers.add(fileSystem.getPathMatcher("glob:" + rest));
            }
        }
        return new Globs(List.copyOf(matchers));
    }

    /** Returns whether no pattern was given. */
    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /** Returns whether a relative path with {@code /} separators matches any of the patterns. */
    public boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
