package io.github.markfeed.content;

import java.nio.file.Path;

/**
 * A Markdown file found in the content folder.
 *
 * @param path absolute path of the file
 * @param relativePath path relative to the content folder, with {@code /} separators; used in
 *     messages and for the {@code {path}} permalink token
 */
public record SourceFile(Path path, String relativePath) implements Comparable<SourceFile> {

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
}
