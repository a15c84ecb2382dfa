package io.github.markfeed.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the pages under the content folder with Ant-style globs ({@link Globs}), in an order that
 * does not depend on the file system: sorted by relative path.
 */
public final class ContentScanner {

    private final Globs includes;
    private final Globs excludes;

    public ContentScanner(List<String> includes, List<String> excludes) {
        this.includes = Globs.of(includes);
        this.excludes = Globs.of(excludes);
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
                if (includes.matches(relative) && !excludes.matches(relative)) {
                    found.add(SourceFile.inFolder(root, relative));
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
}
