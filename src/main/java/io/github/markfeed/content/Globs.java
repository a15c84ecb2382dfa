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
     * Compiles patterns. In Ant and Maven, {@code **}{@code /} also matches zero folders, which
     * Java's glob syntax does not, so each pattern also gets the forms without such a folder (see
     * {@link #zeroFolderVariants}). A pattern ending in {@code /} matches everything below that folder.
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
            for (String variant : zeroFolderVariants(normalized)) {
                matchers.add(fileSystem.getPathMatcher("glob:" + variant));
            }
        }
        return new Globs(List.copyOf(matchers));
    }

    /**
     * Returns the pattern and its forms in which a {@code **} folder matches no folder at all, as
     * in Ant: {@code **}{@code /a.md} also gives {@code a.md}, and {@code docs/**}{@code /*.md} also
     * gives {@code docs/*.md}.
     */
    static List<String> zeroFolderVariants(String pattern) {
        List<String> variants = new ArrayList<>();
        variants.add(pattern);
        for (int i = 0; i < variants.size(); i++) {
            String variant = variants.get(i);
            List<String> shorter = new ArrayList<>();
            if (variant.startsWith("**/")) {
                shorter.add(variant.substring(3));
            }
            int middle = variant.indexOf("/**/");
            while (middle >= 0) {
                shorter.add(variant.substring(0, middle) + variant.substring(middle + 3));
                middle = variant.indexOf("/**/", middle + 1);
            }
            for (String candidate : shorter) {
                if (!variants.contains(candidate)) {
                    variants.add(candidate);
                }
            }
        }
        return variants;
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
