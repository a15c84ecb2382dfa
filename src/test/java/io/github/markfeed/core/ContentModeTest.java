package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ContentModeTest {

    @Test
    void parse_knownNames() {
        assertThat(ContentMode.parse("full")).isEqualTo(ContentMode.FULL);
        assertThat(ContentMode.parse("summary")).isEqualTo(ContentMode.SUMMARY);
        assertThat(ContentMode.parse("none")).isEqualTo(ContentMode.NONE);
    }

    @Test
    void parse_caseAndSpaces_ignored() {
        assertThat(ContentMode.parse(" Summary ")).isEqualTo(ContentMode.SUMMARY);
        assertThat(ContentMode.parse("FULL")).isEqualTo(ContentMode.FULL);
    }

    @Test
    void parse_unknown_errorListsNames() {
        IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class, () -> ContentMode.parse(" excerpt "));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("'excerpt'");
        assertThat(failure.getMessage()).contains("full, summary or none");
    }

    @Test
    void restrictedBy_lowerModeWins() {
        assertThat(ContentMode.FULL.restrictedBy(ContentMode.SUMMARY)).isEqualTo(ContentMode.SUMMARY);
        assertThat(ContentMode.FULL.restrictedBy(ContentMode.NONE)).isEqualTo(ContentMode.NONE);
        assertThat(ContentMode.SUMMARY.restrictedBy(ContentMode.NONE)).isEqualTo(ContentMode.NONE);
    }

    @Test
    void restrictedBy_higherMode_neverRaises() {
        assertThat(ContentMode.SUMMARY.restrictedBy(ContentMode.FULL)).isEqualTo(ContentMode.SUMMARY);
        assertThat(ContentMode.NONE.restrictedBy(ContentMode.FULL)).isEqualTo(ContentMode.NONE);
        assertThat(ContentMode.NONE.restrictedBy(ContentMode.SUMMARY)).isEqualTo(ContentMode.NONE);
    }

    @Test
    void restrictedBy_null_unchanged() {
        for (ContentMode mode : ContentMode.values()) {
            assertThat(mode.restrictedBy(null)).isEqualTo(mode);
        }
    }
}
