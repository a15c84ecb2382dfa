package io.github.markfeed.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the pages under the content folder with Ant-style globs, in an order that does not depend
 * on the file system: sorted by relative path.
 */
public final class ContentScanner {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public ContentScanner(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /**
     * Lists the matching regular files under {@code root}, sorted by relative path.
     *
     * @throws IOException when the folder cannot be read
     */
    public List<SourceFile> scan(Path root) throws IOException {
        List<SourceFile> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            paths.filter(Files::isRegularFile).forEach(path -> {
                String relative = toRelative(root, path);
                if (matchesAny(includes, relative) && !matchesAny(excludes, relative)) {
                    found.add(new SourceFile(path, relative));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        found.sort(null);
        return found;
    }

    private static String toRelative(Path root, Path path) {
        String relative = root.relativize(path).toString();
        return path.getFileSystem().getSeparator().equals("/") ? relative : relative.replace('\\', '/');
    }

    private static boolean matchesAny(List<PathMatcher> matchers, String relative) {
        Path path = Path.of(relative);
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turns Ant-style patterns into matchers. In Ant and Maven, a leading {@code **}{@code /} also
     * matches files at the top level, which Java's glob syntax does not, so each such pattern gets a
     * second matcher without that prefix.
     */
    private static List<PathMatcher> matchers(List<String> patterns) {
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
        return matchers;
    }
}
