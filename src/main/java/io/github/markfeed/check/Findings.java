package io.github.markfeed.check;

import io.github.markfeed.check.Finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Collector of the findings in one file. It keeps at most {@link #MAX_PER_RULE} findings per rule
 * and counts the rest, so that a sitemap with 50,000 bad URLs gives a readable report.
 */
final class Findings {

    static final int MAX_PER_RULE = 20;

    private final String file;
    private final List<Finding> list = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    Findings(String file) {
        this.file = file;
    }

    void error(String location, String rule, String message) {
        add(Severity.ERROR, location, rule, message);
    }

    void warning(String location, String rule, String message) {
        add(Severity.WARNING, location, rule, message);
    }

    /** Reports an error at an element; its path is computed only when the finding is kept. */
    void error(Element element, String rule, String message) {
        if (keep(Severity.ERROR, rule)) {
            list.add(new Finding(Severity.ERROR, file, XmlDocuments.path(element), rule, message));
        }
    }

    void warning(Element element, String rule, String message) {
        if (keep(Severity.WARNING, rule)) {
            list.add(new Finding(Severity.WARNING, file, XmlDocuments.path(element), rule, message));
        }
    }

    void error(Element element, String attribute, String rule, String message) {
        if (keep(Severity.ERROR, rule)) {
            list.add(new Finding(Severity.ERROR, file, XmlDocuments.path(element, attribute), rule, message));
        }
    }

    private void add(Severity severity, String location, String rule, String message) {
        if (keep(severity, rule)) {
            list.add(new Finding(severity, file, location, rule, message));
        }
    }

    private boolean keep(Severity severity, String rule) {
        int count = counts.merge(rule, 1, Integer::sum);
        severities.putIfAbsent(rule, severity);
        return count <= MAX_PER_RULE;
    }

    /** Returns the findings, followed by one finding per rule that had more than were kept. */
    List<Finding> list() {
        List<Finding> all = new ArrayList<>(list);
        counts.forEach((rule, count) -> {
            if (count > MAX_PER_RULE) {
                all.add(new Finding(severities.get(rule), file, "", rule,
                        (count - MAX_PER_RULE) + " more findings of this rule were left out of the report"));
            }
        });
        return all;
    }
}
