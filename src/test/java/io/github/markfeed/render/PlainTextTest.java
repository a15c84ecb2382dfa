package io.github.markfeed.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void emphasisAndLink_becomeText() {
        assertThat(PlainText.of("Read **the docs** at [our site](https://example.org/)")).isEqualTo("Read the docs at our site");
    }

    @Test
    void htmlElement_becomesText() {
        assertThat(PlainText.of("Bread & <b>Butter</b>")).isEqualTo("Bread & Butter");
    }

    @Test
    void codeSpan_becomesText() {
        assertThat(PlainText.of("Run `mvn verify` first")).isEqualTo("Run mvn verify first");
    }

    @Test
    void plainText_keptAsWritten() {
        assertThat(PlainText.of("She said \"a < b\" and left")).isEqualTo("She said \"a < b\" and left");
    }

    @Test
    void numberedTitle_keptAsWritten() {
        assertThat(PlainText.of("1. Getting started")).isEqualTo("1. Getting started");
    }

    @Test
    void unknownTag_keptAsWritten() {
        assertThat(PlainText.of("C++ <vector> tips")).isEqualTo("C++ <vector> tips");
    }

    @Test
    void snakeCase_keptAsWritten() {
        assertThat(PlainText.of("The max_page_size option")).isEqualTo("The max_page_size option");
    }
}
