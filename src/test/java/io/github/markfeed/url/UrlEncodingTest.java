package io.github.markfeed.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UrlEncodingTest {

    @Test
    void encodePath_cyrillic_upperCaseUtf8Escapes() {
        assertThat(UrlEncoding.encodePath("блог/пост")).isEqualTo("%D0%B1%D0%BB%D0%BE%D0%B3/%D0%BF%D0%BE%D1%81%D1%82");
    }

    @Test
    void encodePath_cjk_threeByteEscapes() {
        assertThat(UrlEncoding.encodePath("日本/記事")).isEqualTo("%E6%97%A5%E6%9C%AC/%E8%A8%98%E4%BA%8B");
    }

    @Test
    void encodePath_cafeNfc_twoByteEscape() {
        String nfc = Normalizer.normalize("café", Normalizer.Form.NFC);

        assertThat(UrlEncoding.encodePath(nfc)).isEqualTo("caf%C3%A9");
    }

    @Test
    void encodePath_emoji_fourByteEscape() {
        assertThat(UrlEncoding.encodePath("a\uD83D\uDE00b")).isEqualTo("a%F0%9F%98%80b");
    }

    @Test
    void encodePath_space_percent20() {
        assertThat(UrlEncoding.encodePath("my page.html")).isEqualTo("my%20page.html");
    }

    @Test
    void encodePath_existingEscapes_keptAsWritten() {
        assertThat(UrlEncoding.encodePath("my%20page/caf%C3%A9")).isEqualTo("my%20page/caf%C3%A9");
    }

    @Test
    void encodePath_existingEscapes_neverPercent25() {
        assertThat(UrlEncoding.encodePath("a%2Fb%3fc")).doesNotContain("%25");
    }

    @Test
    void encodePath_percentWithoutHexDigits_encoded() {
        assertThat(UrlEncoding.encodePath("100%")).isEqualTo("100%25");
        assertThat(UrlEncoding.encodePath("50%off")).isEqualTo("50%25off");
        assertThat(UrlEncoding.encodePath("a%2")).isEqualTo("a%252");
    }

    @Test
    void encodePath_subDelimitersColonAt_kept() {
        String path = "a-b._~!$&'()*+,;=:@/c";

        assertThat(UrlEncoding.encodePath(path)).isEqualTo(path);
    }

    @Test
    void encodePath_queryAndFragmentCharacters_encoded() {
        assertThat(UrlEncoding.encodePath("a?b#c")).isEqualTo("a%3Fb%23c");
    }

    @Test
    void encodePath_plainAscii_sameInstance() {
        String path = "blog/2024/post.html";

        assertThat(UrlEncoding.encodePath(path)).isSameAs(path);
    }

    @Test
    void encodeReference_reservedCharacters_kept() {
        String reference = "https://user@example.org:8443/a/b?x=1&y=[2]#part";

        assertThat(UrlEncoding.encodeReference(reference)).isEqualTo(reference);
    }

    @Test
    void encodeReference_spaceAndNonAscii_encoded() {
        assertThat(UrlEncoding.encodeReference("../my café.png?size=grand écran#tête"))
                .isEqualTo("../my%20caf%C3%A9.png?size=grand%20%C3%A9cran#t%C3%AAte");
    }

    @Test
    void encodeReference_existingEscape_notReEncoded() {
        assertThat(UrlEncoding.encodeReference("/a%20b?q=%E6%97%A5")).isEqualTo("/a%20b?q=%E6%97%A5");
    }

    @Test
    void encodeReference_mixed_onlyRawEncoded() {
        assertThat(UrlEncoding.encodeReference("a%20b c")).isEqualTo("a%20b%20c");
    }
}
