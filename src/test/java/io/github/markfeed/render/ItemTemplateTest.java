package io.github.markfeed.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemTemplateTest {

    @TempDir
    Path folder;

    private ItemTemplate compile(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ItemTemplate.compile(file);
    }

    private static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    @Test
    void render_doubleBraces_escapeHtml() throws Exception {
        ItemTemplate template = compile("item.mustache", "<h2>{{title}}</h2>");

        String html = template.render(variables("title", "<b>Tom & Jerry</b>"));

        assertThat(html).isEqualTo("<h2>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</h2>");
    }

    @Test
    void render_doubleBracesInAttribute_quoteEscaped() throws Exception {
        ItemTemplate template = compile("item.mustache", "<a title=\"{{title}}\">x</a>");

        String html = template.render(variables("title", "say \"hi\""));

        assertThat(html).doesNotContain("\"hi\"");
        assertThat(html).startsWith("<a title=\"say &quot;hi&quot;\">");
    }

    @Test
    void render_tripleBraces_insertRawHtml() throws Exception {
        ItemTemplate template = compile("item.mustache", "<article>{{{content}}}</article>");

        String html = template.render(variables("content", "<p>Bread &amp; <em>butter</em></p>"));

        assertThat(html).isEqualTo("<article><p>Bread &amp; <em>butter</em></p></article>");
    }

    @Test
    void render_sectionOverTags_oneEntryEach() throws Exception {
        ItemTemplate template = compile("item.mustache", "<ul>{{#tags}}<li>{{.}}</li>{{/tags}}</ul>");

        String html = template.render(variables("tags", List.of("java", "c&c")));

        assertThat(html).isEqualTo("<ul><li>java</li><li>c&amp;c</li></ul>");
    }

    @Test
    void render_sectionOverNoTags_empty() throws Exception {
        ItemTemplate template = compile("item.mustache", "<ul>{{#tags}}<li>{{.}}</li>{{/tags}}</ul>");

        String html = template.render(variables("tags", List.of()));

        assertThat(html).isEqualTo("<ul></ul>");
    }

    @Test
    void render_booleanSections_shownOrInverted() throws Exception {
        ItemTemplate template = compile("item.mustache", "{{#hasImage}}image{{/hasImage}}{{^hasImage}}none{{/hasImage}}");

        assertThat(template.render(variables("hasImage", true))).isEqualTo("image");
        assertThat(template.render(variables("hasImage", false))).isEqualTo("none");
    }

    @Test
    void compile_unclosedSection_errorNamesFile() throws Exception {
        Path file = folder.resolve("broken-item.mustache");
        Files.writeString(file, "<ul>{{#tags}}<li>{{.}}</li></ul>\n", StandardCharsets.UTF_8);

        IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class, () -> ItemTemplate.compile(file));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("broken-item.mustache");
        assertThat(failure.getMessage()).contains("invalid item template");
    }

    @Test
    void render_unknownVariable_errorNamesFileAndVariable() throws Exception {
        ItemTemplate template = compile("footer.mustache", "<footer>{{readingTme}} min read</footer>");

        IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class,
                () -> template.render(variables("readingTime", 3)));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("footer.mustache");
        assertThat(failure.getMessage()).contains("readingTme");
    }

    @Test
    void compile_missingFile_ioError() {
        Path missing = folder.resolve("missing.mustache");

        NoSuchFileException failure = catchThrowableOfType(NoSuchFileException.class, () -> ItemTemplate.compile(missing));

        assertThat(failure).isNotNull();
    }

    @Test
    void file_returnsCompiledPath() throws Exception {
        ItemTemplate template = compile("item.mustache", "{{title}}");

        assertThat(template.file()).isEqualTo(folder.resolve("item.mustache"));
    }
}
