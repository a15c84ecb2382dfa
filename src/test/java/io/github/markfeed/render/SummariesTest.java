package io.github.markfeed.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void beforeMoreMarker_marker_textBefore() {
        assertThat(Summaries.beforeMoreMarker("Intro text.\n\n<!--more-->\n\nRest.\n")).isEqualTo("Intro text.\n\n");
    }

    @Test
    void beforeMoreMarker_spacesAndCase_recognised() {
        assertThat(Summaries.beforeMoreMarker("Intro <!-- MORE --> rest")).isEqualTo("Intro ");
    }

    @Test
    void beforeMoreMarker_noMarker_null() {
        assertThat(Summaries.beforeMoreMarker("No marker <!-- other --> here")).isNull();
    }

    @Test
    void firstParagraph_skipsHeadingTakesText() {
        String html = "<h1>Title</h1>\n<p>First <em>para</em>.</p>\n<p>Second.</p>";

        assertThat(Summaries.firstParagraph(html)).isEqualTo("First para.");
    }

    @Test
    void firstParagraph_noParagraph_null() {
        assertThat(Summaries.firstParagraph("<h1>Only</h1><pre>code</pre>")).isNull();
    }

    @Test
    void firstParagraph_long_cutAtMaxLength() {
        String text = "word ".repeat(100).strip();

        String summary = Summaries.firstParagraph("<p>" + text + "</p>");

        assertThat(summary).endsWith("word\u2026");
        assertThat(summary.length()).isLessThanOrEqualTo(Summaries.MAX_LENGTH + 1);
    }

    @Test
    void cut_short_unchanged() {
        assertThat(Summaries.cut("short text", 20)).isEqualTo("short text");
    }

    @Test
    void cut_exactLength_unchanged() {
        assertThat(Summaries.cut("exactly ten", 11)).isEqualTo("exactly ten");
    }

    @Test
    void cut_long_wordBoundaryAndEllipsis() {
        assertThat(Summaries.cut("The quick brown fox jumps", 12)).isEqualTo("The quick\u2026");
    }

    @Test
    void cut_spaceAtLimit_wholeWordKept() {
        assertThat(Summaries.cut("The quick brown", 9)).isEqualTo("The quick\u2026");
    }

    @Test
    void cut_noWhiteSpace_hardCut() {
        assertThat(Summaries.cut("abcdefghij", 4)).isEqualTo("abcd\u2026");
    }

    @Test
    void cut_hardCutInsideEmoji_noLoneSurrogate() {
        String text = "a" + "\uD83D\uDE00".repeat(10);

        String cut = Summaries.cut(text, 4);

        long loneSurrogates = cut.codePoints().filter(codePoint -> codePoint >= 0xD800 && codePoint <= 0xDFFF).count();
        assertThat(loneSurrogates).as("lone surrogates in %s", cut).isZero();
        assertThat(cut).endsWith("\u2026");
    }
}
