package io.github.markfeed.frontmatter;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.frontmatter.FrontMatter.Position;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Splits a page into YAML front matter and Markdown body, and parses the front matter with
 * snakeyaml-engine. The front matter starts with a {@code ---} line at the very top of the file
 * and ends at the next line that is {@code ---} or {@code ...}.
 */
public final class FrontMatterParser {

    /** Largest front matter accepted, in characters. */
    static final int MAX_FRONT_MATTER_CHARACTERS = 256 * 1024;

    /** Aliases allowed per document; a few are normal, thousands are an expansion attack. */
    static final int MAX_ALIASES = 50;

    private final LoadSettings settings = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_FRONT_MATTER_CHARACTERS)
            .setUseMarks(true)
            .build();

    /**
     * Parses one page's text, as cleaned by {@link SourceText}.
     *
     * @return the split page, or {@code null} after reporting an error to {@code problems}
     */
    public ParsedSource parse(String text, String displayPath, ContentProblems problems) {
        if (!startsWithFence(text)) {
            return new ParsedSource(FrontMatter.EMPTY, text, 1);
        }
        int firstLineEnd = text.indexOf('\n');
        int closing = firstLineEnd < 0 ? -1 : findClosingFence(text, firstLineEnd + 1);
        int yamlStart = firstLineEnd + 1;
        if (closing < 0) {
            problems.error(ContentProblem.at(
                    displayPath,
                    1,
                    "front matter opened with '---' is never closed; add a line containing only '---' after the last key"));
            return null;
        }
        String yaml = text.substring(yamlStart, closing);
        int afterFence = text.indexOf('\n', closing);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        int bodyLine = countLines(text, afterFence < 0 ? text.length() : afterFence + 1);
        FrontMatter frontMatter = parseYaml(yaml, displayPath, problems);
        return frontMatter == null ? null : new ParsedSource(frontMatter, body, bodyLine);
    }

    private static boolean startsWithFence(String text) {
        if (!text.startsWith("---")) {
            return false;
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.stripTrailing().equals("---");
    }

    private static int findClosingFence(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int countLines(String text, int endExclusive) {
        int line = 1;
        for (int i = 0; i < endExclusive; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private FrontMatter parseYaml(String yaml, String displayPath, ContentProblems problems) {
        // The YAML starts on the file's second line, after the opening fence.
        int lineOffset = 2;
        if (yaml.length() > MAX_FRONT_MATTER_CHARACTERS) {
            problems.error(ContentProblem.at(
                    displayPath,
                    lineOffset,
                    "front matter is " + yaml.length() + " characters long, more than the limit of "
                            + MAX_FRONT_MATTER_CHARACTERS + "; move long text into the page body"));
            return null;
        }
        try {
            Optional<Node> document = new Compose(settings).composeString(yaml);
            if (document.isEmpty()) {
                return FrontMatter.EMPTY;
            }
            Node root = document.get();
            if (!(root instanceof MappingNode mapping)) {
                Position where = position(root.getStartMark(), lineOffset);
                problems.error(new ContentProblem(
                        displayPath,
                        where.line(),
                        where.column(),
                        "front matter must be a YAML mapping of keys to values, such as 'title: My post'"));
                return null;
            }
            Object constructed = new StandardConstructor(settings).constructSingleDocument(document);
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Position> positions = new LinkedHashMap<>();
            Map<?, ?> map = (Map<?, ?>) constructed;
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    Position where = position(tuple.getKeyNode().getStartMark(), lineOffset);
                    problems.error(new ContentProblem(
                            displayPath, where.line(), where.column(), "front matter keys must be plain names"));
                    return null;
                }
                String key = keyNode.getValue();
                positions.put(key, position(tuple.getValueNode().getStartMark(), lineOffset));
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                values.put(String.valueOf(entry.getKey()), entry.getValue());
            }
            return new FrontMatter(values, positions);
        } catch (MarkedYamlEngineException e) {
            Position where = position(e.getProblemMark(), lineOffset);
            problems.error(new ContentProblem(
                    displayPath,
                    where.line(),
                    where.column(),
                    "invalid YAML in front matter: " + describe(e) + "; fix the YAML syntax"));
            return null;
        } catch (YamlEngineException e) {
            problems.error(ContentProblem.at(
                    displayPath, lineOffset, "invalid YAML in front matter: " + e.getMessage() + "; fix the YAML syntax"));
            return null;
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (context != null && problem != null) {
            return context + ", " + problem;
        }
        return problem != null ? problem : String.valueOf(context);
    }

    private static Position position(Optional<Mark> mark, int lineOffset) {
        return mark.map(m -> new Position(m.getLine() + lineOffset, m.getColumn() + 1))
                .orElse(new Position(lineOffset, 0));
    }
}
