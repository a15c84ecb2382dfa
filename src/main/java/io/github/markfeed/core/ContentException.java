package io.github.markfeed.core;

import java.util.List;

/**
 * Thrown when the content has errors; carries all of them so that the user can fix them in one go.
 */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String summary(List<ContentProblem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " content error" : " content errors");
        for (ContentProblem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}
