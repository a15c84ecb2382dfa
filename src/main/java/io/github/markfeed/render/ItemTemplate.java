package io.github.markfeed.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Mustache template that wraps each feed item's HTML, compiled once with JMustache.
 * {@code {{name}}} escapes HTML, {@code {{{content}}}} inserts the page's HTML as it is.
 */
public final class ItemTemplate {

    private final Path file;
    private final Template template;

    private ItemTemplate(Path file, Template template) {
        this.file = file;
        this.template = template;
    }

    /**
     * Reads and compiles a template.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException with the file and the parser's message when the template is invalid
     */
    public static ItemTemplate compile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return new ItemTemplate(file, Mustache.compiler().escapeHTML(true).compile(text));
        } catch (MustacheException e) {
            throw new IllegalArgumentException("invalid item template " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renders the template for one item.
     *
     * @throws IllegalArgumentException naming the template and the unknown variable when the
     *     template uses a name that is not provided
     */
    public String render(Map<String, Object> variables) {
        try {
            return template.execute(variables);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("item template " + file + " failed: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }
}
