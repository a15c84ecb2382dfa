package io.github.markfeed.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void isAllowed_tabLineFeedCarriageReturn_true() {
        assertThat(XmlCharacters.isAllowed('\t')).isTrue();
        assertThat(XmlCharacters.isAllowed('\n')).isTrue();
        assertThat(XmlCharacters.isAllowed('\r')).isTrue();
    }

    @Test
    void isAllowed_otherC0Controls_false() {
        assertThat(XmlCharacters.isAllowed('\u0000')).isFalse();
        assertThat(XmlCharacters.isAllowed('\u000B')).isFalse();
        assertThat(XmlCharacters.isAllowed('\u001F')).isFalse();
    }

    @Test
    void isAllowed_nonCharactersFFFEAndFFFF_false() {
        assertThat(XmlCharacters.isAllowed('\uFFFE')).isFalse();
        assertThat(XmlCharacters.isAllowed('\uFFFF')).isFalse();
    }

    @Test
    void clean_keepsPairsDropsLoneSurrogates() {
        assertThat(XmlCharacters.clean("\uD83D\uDE00\uD83D x\uDE00\u0000")).isEqualTo("\uD83D\uDE00 x");
    }

    @Test
    void clean_null_null() {
        assertThat(XmlCharacters.clean(null)).isNull();
    }
}
