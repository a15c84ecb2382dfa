package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafePathsTest {

    @Test
    void reason_ordinaryPath_null() {
        assertThat(UnsafePaths.reason("/blog/2024/hello-world/")).isNull();
    }

    @Test
    void reason_dotDotSegment_named() {
        assertThat(UnsafePaths.reason("/../../etc/passwd")).isEqualTo("contains a '..' segment");
    }

    @Test
    void reason_dotSegment_named() {
        assertThat(UnsafePaths.reason("/a/./b")).isEqualTo("contains a '.' segment");
    }

    @Test
    void reason_dotsInsideName_null() {
        assertThat(UnsafePaths.reason("/a..b/.well-known/c...html")).isNull();
    }

    @Test
    void reason_backslash_named() {
        assertThat(UnsafePaths.reason("/a\\..\\b")).isEqualTo("contains a backslash");
    }

    @Test
    void reason_controlCharacter_codePoint() {
        assertThat(UnsafePaths.reason("/a\tb")).isEqualTo("contains the control character U+0009");
    }

    @Test
    void reason_fullUrl_named() {
        assertThat(UnsafePaths.reason("https://evil.example/x")).isEqualTo("is a full URL, not a path");
    }

    @Test
    void reason_queryOrFragment_named() {
        assertThat(UnsafePaths.reason("/a?b")).isEqualTo("contains '?' or '#'");
        assertThat(UnsafePaths.reason("/a#b")).isEqualTo("contains '?' or '#'");
    }
}
