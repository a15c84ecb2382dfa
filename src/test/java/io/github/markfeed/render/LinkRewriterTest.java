package io.github.markfeed.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {

    private static final String PAGE = "https://example.org/docs/blog/post.html";

    private final Map<String, String> published = Map.of(
            "other.md", "https://example.org/docs/other.html",
            "blog/sibling.md", "https://example.org/docs/blog/sibling.html",
            "guides/my guide.md", "https://example.org/docs/guides/my%20guide.html");
    private final LinkRewriter rewriter = new LinkRewriter(published::get);
    private final List<String> warnings = new ArrayList<>();

    private String rewrite(String html) {
        return rewriter.rewrite(html, PAGE, "blog", warnings::add);
    }

    @Test
    void rewrite_relativeHref_absoluteAgainstPage() {
        assertThat(rewrite("<a href=\"files/a.pdf\">a</a>"))
                .isEqualTo("<a href=\"https://example.org/docs/blog/files/a.pdf\">a</a>");
    }

    @Test
    void rewrite_relativeSrc_absoluteAgainstPage() {
        assertThat(rewrite("<img src=\"../img/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"https://example.org/docs/img/a.png\" alt=\"A\">");
    }

    @Test
    void rewrite_rootRelative_againstHost() {
        assertThat(rewrite("<img src=\"/img/a.png\">")).isEqualTo("<img src=\"https://example.org/img/a.png\">");
    }

    @Test
    void rewrite_srcset_everyCandidateWithDescriptor() {
        assertThat(rewrite("<img srcset=\"small.png 480w, /big.png 1080w,  x.png\">"))
                .isEqualTo("<img srcset=\"https://example.org/docs/blog/small.png 480w, https://example.org/big.png 1080w, https://example.org/docs/blog/x.png\">");
    }

    @Test
    void rewrite_dataUriInSrcset_untouched() {
        assertThat(rewrite("<img srcset=\"data:image/png;base64,iVBORw0KGgo= 1x, big.png 2x\">"))
                .isEqualTo("<img srcset=\"data:image/png;base64,iVBORw0KGgo= 1x, https://example.org/docs/blog/big.png 2x\">");
    }

    @Test
    void rewrite_blockquoteCite_absolute() {
        assertThat(rewrite("<blockquote cite=\"source.html\">q</blockquote>"))
                .isEqualTo("<blockquote cite=\"https://example.org/docs/blog/source.html\">q</blockquote>");
    }

    @Test
    void rewrite_videoPoster_absolute() {
        assertThat(rewrite("<video src=\"clip.mp4\" poster=\"clip.jpg\"></video>"))
                .isEqualTo("<video src=\"https://example.org/docs/blog/clip.mp4\" poster=\"https://example.org/docs/blog/clip.jpg\"></video>");
    }

    @Test
    void rewrite_markdownLinkWithFragment_targetPageUrl() {
        assertThat(rewrite("<a href=\"../other.md#part\">o</a>"))
                .isEqualTo("<a href=\"https://example.org/docs/other.html#part\">o</a>");
        assertThat(warnings).isEmpty();
    }

    @Test
    void rewrite_markdownLinkSameFolder_targetPageUrl() {
        assertThat(rewrite("<a href=\"./sibling.md\">s</a>"))
                .isEqualTo("<a href=\"https://example.org/docs/blog/sibling.html\">s</a>");
    }

    @Test
    void rewrite_rootRelativeMarkdownLink_fromContentRoot() {
        assertThat(rewrite("<a href=\"/other.md\">o</a>")).isEqualTo("<a href=\"https://example.org/docs/other.html\">o</a>");
    }

    @Test
    void rewrite_escapedMarkdownLink_decodedForLookup() {
        assertThat(rewrite("<a href=\"../guides/my%20guide.md\">g</a>"))
                .isEqualTo("<a href=\"https://example.org/docs/guides/my%20guide.html\">g</a>");
    }

    @Test
    void rewrite_unknownMarkdownLink_resolvedWithWarning() {
        assertThat(rewrite("<a href=\"missing.md#x\">m</a>"))
                .isEqualTo("<a href=\"https://example.org/docs/blog/missing.md#x\">m</a>");
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning).contains("'missing.md#x'");
            assertThat(warning).contains("not a published page");
        });
    }

    @Test
    void rewrite_fragmentOnly_samePage() {
        assertThat(rewrite("<a href=\"#intro\">i</a>")).isEqualTo("<a href=\"" + PAGE + "#intro\">i</a>");
    }

    @Test
    void rewrite_networkPath_pageScheme() {
        assertThat(rewrite("<img src=\"//cdn.example.net/a.png\">")).isEqualTo("<img src=\"https://cdn.example.net/a.png\">");
    }

    @Test
    void rewrite_mailto_untouched() {
        assertThat(rewrite("<a href=\"mailto:jane@example.org\">j</a>")).isEqualTo("<a href=\"mailto:jane@example.org\">j</a>");
    }

    @Test
    void rewrite_dataUri_untouched() {
        String html = "<img src=\"data:image/png;base64,iVBORw0KGgo=\">";

        assertThat(rewrite(html)).isEqualTo(html);
    }

    @Test
    void rewrite_absoluteHttps_untouched() {
        String html = "<a href=\"https://other.example/x.md?a=1&amp;b=2\">x</a>";

        assertThat(rewrite(html)).isEqualTo(html);
        assertThat(warnings).isEmpty();
    }

    @Test
    void rewrite_spaceAndNonAscii_encoded() {
        assertThat(rewrite("<img src=\"my café.png\">"))
                .isEqualTo("<img src=\"https://example.org/docs/blog/my%20caf%C3%A9.png\">");
    }

    @Test
    void rewrite_invalidReference_keptWithWarning() {
        assertThat(rewrite("<a href=\"http//[broken\">b</a>")).isEqualTo("<a href=\"http//[broken\">b</a>");
        assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning).contains("invalid link"));
    }

    @Test
    void rewrite_taskList_noNbspEntity() {
        String html = new MarkdownRenderer().render("- [ ] todo\n- [x] done\n");

        String rewritten = rewrite(html);

        assertThat(rewritten).doesNotContain("&nbsp;");
        assertThat(rewritten).contains("&#xa0;todo");
    }

    @Test
    void rewrite_htmlEntities_onlyXmlEntitiesInOutput() {
        String rewritten = rewrite("<p>&copy; &mdash; &nbsp; &lt;tag&gt; &amp;</p>");

        assertThat(rewritten).doesNotContain("&copy;", "&mdash;", "&nbsp;");
        assertThat(rewritten).contains("&lt;tag&gt; &amp;");
    }

    @Test
    void rewrite_footnoteLinks_absoluteWithFragment() {
        String html = new MarkdownRenderer().render("Claim[^1].\n\n[^1]: Note.\n");

        assertThat(rewrite(html)).contains("href=\"" + PAGE + "#fn-1\"");
    }

    @Test
    void plainText_collapsesWhiteSpace() {
        assertThat(LinkRewriter.plainText("<p>One\n  <b>two</b></p>\n<p>three</p>")).isEqualTo("One two three");
    }
}
