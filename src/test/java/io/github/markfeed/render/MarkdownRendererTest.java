package io.github.markfeed.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void render_tableWithSingleDashSeparator_table() {
        String html = renderer.render("| Name | Size |\n|-|-:|\n| a.png | 42 |\n");

        assertThat(html).contains("<table>");
        assertThat(html).contains("<th>Name</th>");
        assertThat(html).contains("<td>a.png</td>");
        assertThat(html).contains("<td align=\"right\">42</td>");
    }

    @Test
    void render_tableMissingCell_appended() {
        String html = renderer.render("| a | b |\n|---|---|\n| 1 |\n");

        assertThat(html).contains("<tr><td>1</td><td></td></tr>");
    }

    @Test
    void render_tableExtraCell_discarded() {
        String html = renderer.render("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");

        assertThat(html).contains("<tr><td>1</td><td>2</td></tr>");
    }

    @Test
    void render_strikethrough_del() {
        assertThat(renderer.render("~~gone~~ stays\n")).isEqualTo("<p><del>gone</del> stays</p>\n");
    }

    @Test
    void render_bareUrl_autolinked() {
        assertThat(renderer.render("See https://example.org/a?b=1 now.\n"))
                .isEqualTo("<p>See <a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a> now.</p>\n");
    }

    @Test
    void render_taskList_checkboxes() {
        String html = renderer.render("- [ ] todo\n- [x] done\n");

        assertThat(html).contains("<li class=\"task-list-item\"><input type=\"checkbox\"");
        assertThat(html).contains("checked=\"checked\"");
        assertThat(html).contains("todo</li>");
        assertThat(html).contains("done</li>");
    }

    @Test
    void render_footnote_referenceAndNote() {
        String html = renderer.render("Claim[^src].\n\n[^src]: The source.\n");

        assertThat(html).contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>");
        assertThat(html).contains("<div class=\"footnotes\">");
        assertThat(html).contains("<li id=\"fn-1\">");
        assertThat(html).contains("<p>The source.</p>");
    }

    @Test
    void render_fencedCode_languageClassAndEscaping() {
        String html = renderer.render("```java\nif (a < b && c) {}\n```\n");

        assertThat(html).isEqualTo("<pre><code class=\"language-java\">if (a &lt; b &amp;&amp; c) {}\n</code></pre>\n");
    }

    @Test
    void render_tildeFence_code() {
        assertThat(renderer.render("~~~\n# not a heading\n~~~\n")).isEqualTo("<pre><code># not a heading\n</code></pre>\n");
    }

    @Test
    void render_softBreak_newline() {
        assertThat(renderer.render("one\ntwo\n")).isEqualTo("<p>one\ntwo</p>\n");
    }

    @Test
    void render_sameRendererTwice_sameOutput() {
        String first = renderer.render("# A\n\n*b*\n");

        assertThat(renderer.render("# A\n\n*b*\n")).isEqualTo(first);
        assertThat(first).isEqualTo("<h1>A</h1>\n<p><em>b</em></p>\n");
    }
}
