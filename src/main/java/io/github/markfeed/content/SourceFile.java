package io.github.markfeed.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Markdown file found in the content folder. It keeps the content folder's path once and its own
 * relative path, so that a site of 100,000 pages does not hold 100,000 absolute paths.
 */
public final class SourceFile implements Comparable<SourceFile> {

    private final Path root;
    private final String relativePath;

    private SourceFile(Path root, String relativePath, Void unused) {
        this.root = Objects.requireNonNull(root, "root");
        this.relativePath = Objects.requireNonNull(relativePath, "relativePath");
    }

    /**
     * Creates a source in a content folder.
     *
     * @param root the content folder, shared by all files of a scan
     * @param relativePath path relative to the content folder, with {@code /} separators; used in
     *     messages and for the {@code {path}} permalink token
     */
    public static SourceFile inFolder(Path root, String relativePath) {
        return new SourceFile(root, relativePath, null);
    }

    /**
     * Creates a source from its absolute path and its path relative to the content folder.
     *
     * @throws IllegalArgumentException when the absolute path does not end with the relative one
     */
    public SourceFile(Path path, String relativePath) {
        this(rootOf(path, relativePath), relativePath, null);
    }

    private static Path rootOf(Path path, String relativePath) {
        Path root = path;
        for (String segment : relativePath.split("/")) {
            if (root == null || segment.isEmpty()) {
                break;
            }
            root = root.getParent();
        }
        if (root == null || !root.resolve(relativePath).equals(path)) {
            throw new IllegalArgumentException(path + " does not end with " + relativePath);
        }
        return root;
    }

    /** Returns the absolute path of the file. */
    public Path path() {
        return root.resolve(relativePath);
    }

    /** Returns the path relative to the content folder, with {@code /} separators. */
    public String relativePath() {
        return relativePath;
    }

    /** Returns the relative path without the file's extension, such as {@code blog/first-post}. */
    public String relativePathWithoutExtension() {
        int slash = relativePath.lastIndexOf('/');
        int dot = relativePath.lastIndexOf('.');
        return dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
    }

    /** Returns the folder of the file relative to the content folder, empty for the top level. */
    public String relativeFolder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    @Override
    public int compareTo(SourceFile other) {
        return relativePath.compareTo(other.relativePath);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile source && root.equals(source.root) && relativePath.equals(source.relativePath);
    }

    @Override
    public int hashCode() {
        return relativePath.hashCode();
    }

    @Override
    public String toString() {
        return relativePath;
    }
}
