package io.github.markfeed.core;

/**
 * One problem in the site's content, located in a source file.
 *
 * @param file path relative to the content folder, with {@code /} separators
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, the bad value and how to fix it
 */
public record ContentProblem(String file, int line, int column, String message) {

    public static ContentProblem at(String file, int line, String message) {
        return new ContentProblem(file, line, 0, message);
    }

    public static ContentProblem inFile(String file, String message) {
        return new ContentProblem(file, 0, 0, message);
    }

    /** Formats the problem the way compilers do: {@code file:line:column: message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }
}
