package io.github.markfeed.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collector of content errors and warnings, so that a run reports every problem before it fails.
 * Safe to use from several threads.
 */
public final class ContentProblems {

    private static final Comparator<ContentProblem> BY_POSITION = Comparator.comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line)
            .thenComparingInt(ContentProblem::column)
            .thenComparing(ContentProblem::message);

    private final List<ContentProblem> errors = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();

    public synchronized void error(ContentProblem problem) {
        errors.add(problem);
    }

    public synchronized void warning(ContentProblem problem) {
        warnings.add(problem);
    }

    public synchronized boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Returns the errors sorted by file and position, so that reports do not depend on thread timing. */
    public synchronized List<ContentProblem> errors() {
        return errors.stream().sorted(BY_POSITION).toList();
    }

    public synchronized List<ContentProblem> warnings() {
        return warnings.stream().sorted(BY_POSITION).toList();
    }
}
