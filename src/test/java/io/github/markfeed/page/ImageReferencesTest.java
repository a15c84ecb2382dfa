package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageReferencesTest {

    @Test
    void find_noImages_empty() {
        assertThat(ImageReferences.find("Just [a link](a.html) and text.")).isEmpty();
    }

    @Test
    void find_inlineImage() {
        assertThat(ImageReferences.find("Look: ![A chart](img/chart.png)")).containsExactly("img/chart.png");
    }

    @Test
    void find_inlineImageWithTitle_titleLeftOut() {
        assertThat(ImageReferences.find("![Chart](img/chart.png \"Sales in 2024\")")).containsExactly("img/chart.png");
        assertThat(ImageReferences.find("![Chart]( /img/c.png 'single' )")).containsExactly("/img/c.png");
    }

    @Test
    void find_angleBrackets_removed() {
        assertThat(ImageReferences.find("![Chart](<img/chart.png>)")).containsExactly("img/chart.png");
    }

    @Test
    void find_angleBracketsWithSpace_wholePath() {
        // CommonMark allows spaces inside a destination written in angle brackets.
        assertThat(ImageReferences.find("![Chart](<img/sales chart.png>)")).containsExactly("img/sales chart.png");
    }

    @Test
    void find_absoluteUrl_kept() {
        assertThat(ImageReferences.find("![x](https://cdn.example.org/a.png)")).containsExactly("https://cdn.example.org/a.png");
    }

    @Test
    void find_htmlImgDoubleQuotes() {
        assertThat(ImageReferences.find("<img alt=\"a\" src=\"img/a.png\">")).containsExactly("img/a.png");
    }

    @Test
    void find_htmlImgSingleQuotes() {
        assertThat(ImageReferences.find("<img src='img/b.png' alt='b'/>")).containsExactly("img/b.png");
    }

    @Test
    void find_htmlImgNoQuotes() {
        assertThat(ImageReferences.find("<IMG SRC=img/c.png width=10>")).containsExactly("img/c.png");
    }

    @Test
    void find_htmlDataSrc_notTakenForSrc() {
        assertThat(ImageReferences.find("<img data-src=\"lazy.png\" src=\"real.png\">")).containsExactly("real.png");
    }

    @Test
    void find_duplicates_listedOnce() {
        String markdown = "![a](x.png)\n\n<img src=\"x.png\">\n\n![b](y.png)\n\n![c](x.png)\n";

        assertThat(ImageReferences.find(markdown)).containsExactly("x.png", "y.png");
    }

    @Test
    void find_mixedSyntax_orderOfAppearance() {
        String markdown = "<img src=\"first-in-text.png\">\n\n![a](second-in-text.png)\n";

        assertThat(ImageReferences.find(markdown)).containsExactly("first-in-text.png", "second-in-text.png");
    }

    @Test
    void find_dataUrl_returnedAsWritten() {
        assertThat(ImageReferences.find("![dot](data:image/png;base64,iVBORw0KGgo=)"))
                .containsExactly("data:image/png;base64,iVBORw0KGgo=");
    }

    @Test
    void find_plainLink_notAnImage() {
        assertThat(ImageReferences.find("[not an image](x.png) and an ![image](y.png)")).containsExactly("y.png");
    }
}
