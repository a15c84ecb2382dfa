package io.github.markfeed.frontmatter;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import io.github.markfeed.frontmatter.FrontMatter.Position;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Splits a page into front matter and Markdown body, and parses the front matter. YAML front
 * matter starts with a {@code ---} line at the very top of the file and ends at the next line that
 * is {@code ---} or {@code ...}; it is parsed with snakeyaml-engine. TOML front matter, as Hugo and
 * Zola write it, sits between two {@code +++} lines and is parsed with Jackson's TOML module.
 */
public final class FrontMatterParser {

    /** Largest front matter accepted, in characters. */
    static final int MAX_FRONT_MATTER_CHARACTERS = 256 * 1024;

    /** Aliases allowed per document; a few are normal, thousands are an expansion attack. */
    static final int MAX_ALIASES = 50;

    private static final String YAML_FENCE = "---";
    private static final String TOML_FENCE = "+++";

    /** Reads TOML dates and times as java.time values rather than strings. */
    private static final TomlMapper TOML = TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();
    private static final TypeReference<LinkedHashMap<String, Object>> TOML_MAP = new TypeReference<>() {};
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*(?:([A-Za-z0-9_-]+)|\"([^\"]+)\")\\s*=\\s*");

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
        if (startsWithFence(text, TOML_FENCE)) {
            return parseToml(text, displayPath, problems);
        }
        if (!startsWithFence(text, YAML_FENCE)) {
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

    private static boolean startsWithFence(String text, String fence) {
        if (!text.startsWith(fence)) {
            return false;
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.stripTrailing().equals(fence);
    }

    private static int findClosingFence(String text, int from) {
        return findClosingFence(text, from, YAML_FENCE, "...");
    }

    private static int findClosingFence(String text, int from, String fence, String alternative) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
            if (line.equals(fence) || line.equals(alternative)) {
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

    private ParsedSource parseToml(String text, String displayPath, ContentProblems problems) {
        int firstLineEnd = text.indexOf('\n');
        int closing = firstLineEnd < 0 ? -1 : findClosingFence(text, firstLineEnd + 1, TOML_FENCE, TOML_FENCE);
        if (closing < 0) {
            problems.error(ContentProblem.at(
                    displayPath,
                    1,
                    "TOML front matter opened with '+++' is never closed; add a line containing only '+++' after the last key"));
            return null;
        }
        String toml = text.substring(firstLineEnd + 1, closing);
        int afterFence = text.indexOf('\n', closing);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        int bodyLine = countLines(text, afterFence < 0 ? text.length() : afterFence + 1);
        // The TOML starts on the file's second line, after the opening fence.
        int lineOffset = 2;
        if (toml.length() > MAX_FRONT_MATTER_CHARACTERS) {
            problems.error(ContentProblem.at(displayPath, lineOffset, "front matter is " + toml.length()
                    + " characters long, more than the limit of " + MAX_FRONT_MATTER_CHARACTERS + "; move long text into the page body"));
            return null;
        }
        Map<String, Object> values;
        try {
            values = TOML.readValue(toml, TOML_MAP);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null || location.getLineNr() < 1 ? lineOffset : location.getLineNr() + lineOffset - 1;
            int column = location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
            problems.error(new ContentProblem(displayPath, line, column,
                    "invalid TOML in front matter: " + e.getOriginalMessage() + "; fix the TOML syntax"));
            return null;
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        String[] lines = toml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher key = TOML_KEY.matcher(lines[i]);
            if (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                positions.putIfAbsent(name, new Position(i + lineOffset, key.end() + 1));
            }
        }
        return new ParsedSource(new FrontMatter(values == null ? new LinkedHashMap<>() : values, positions), body, bodyLine);
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
