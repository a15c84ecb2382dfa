package io.github.markfeed.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TrailingSlashTest {

    @Test
    void parse_knownWords_anyCase() {
        assertThat(TrailingSlash.parse("keep")).isEqualTo(TrailingSlash.KEEP);
        assertThat(TrailingSlash.parse(" Always ")).isEqualTo(TrailingSlash.ALWAYS);
        assertThat(TrailingSlash.parse("NEVER")).isEqualTo(TrailingSlash.NEVER);
    }

    @Test
    void parse_unknownWord_rejectedWithChoices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrailingSlash.parse("sometimes"))
                .withMessageContaining("'sometimes'")
                .withMessageContaining("keep, always or never");
    }

    @Test
    void keep_pathsUnchanged() {
        assertThat(TrailingSlash.KEEP.apply("blog/post")).isEqualTo("blog/post");
        assertThat(TrailingSlash.KEEP.apply("blog/post/")).isEqualTo("blog/post/");
        assertThat(TrailingSlash.KEEP.apply("")).isEqualTo("");
    }

    @Test
    void always_folderPath_slashAdded() {
        assertThat(TrailingSlash.ALWAYS.apply("blog/post")).isEqualTo("blog/post/");
        assertThat(TrailingSlash.ALWAYS.apply("v1.2/notes")).isEqualTo("v1.2/notes/");
    }

    @Test
    void always_slashPresent_unchanged() {
        assertThat(TrailingSlash.ALWAYS.apply("blog/post/")).isEqualTo("blog/post/");
    }

    @Test
    void always_fileName_unchanged() {
        assertThat(TrailingSlash.ALWAYS.apply("news/release.html")).isEqualTo("news/release.html");
    }

    @Test
    void always_lastSegmentWithDot_treatedAsFile() {
        assertThat(TrailingSlash.ALWAYS.apply("releases/v1.2")).isEqualTo("releases/v1.2");
    }

    @Test
    void always_root_staysEmpty() {
        assertThat(TrailingSlash.ALWAYS.apply("")).isEqualTo("");
    }

    @Test
    void never_slashRemoved() {
        assertThat(TrailingSlash.NEVER.apply("blog/post/")).isEqualTo("blog/post");
        assertThat(TrailingSlash.NEVER.apply("blog/post//")).isEqualTo("blog/post");
    }

    @Test
    void never_fileName_unchanged() {
        assertThat(TrailingSlash.NEVER.apply("news/release.html")).isEqualTo("news/release.html");
    }

    @Test
    void never_root_staysRoot() {
        assertThat(TrailingSlash.NEVER.apply("")).isEqualTo("");
        assertThat(TrailingSlash.NEVER.apply("/")).isEqualTo("");
    }

    @Test
    void never_rootUrl_isSiteBase() {
        SiteUrl site = SiteUrl.parse("https://example.org/docs/");

        assertThat(site.pageUrl(TrailingSlash.NEVER.apply("/"))).isEqualTo("https://example.org/docs/");
    }
}
