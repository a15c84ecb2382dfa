package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PermalinkTest {

    private static final Instant PUBLISHED = Instant.parse("2024-03-05T23:30:00Z");

    @Test
    void expand_path_sourcePathWithoutExtension() {
        Permalink permalink = Permalink.parse("/{path}.html");

        assertThat(permalink.expand("blog/first-post", "ignored", null, ZoneOffset.UTC)).isEqualTo("/blog/first-post.html");
    }

    @Test
    void expand_slug_replaced() {
        Permalink permalink = Permalink.parse("/posts/{slug}/");

        assertThat(permalink.expand("blog/2024-03-05-hello", "hello", null, ZoneOffset.UTC)).isEqualTo("/posts/hello/");
    }

    @Test
    void expand_yearMonthDay_zeroPadded() {
        Permalink permalink = Permalink.parse("/{year}/{month}/{day}/{slug}.html");

        assertThat(permalink.expand("p", "hello", Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC))
                .isEqualTo("/2024/03/05/hello.html");
    }

    @Test
    void expand_date_takenInGivenZone() {
        Permalink permalink = Permalink.parse("/{year}/{month}/{day}/");

        assertThat(permalink.expand("p", "s", PUBLISHED, ZoneOffset.UTC)).isEqualTo("/2024/03/05/");
        assertThat(permalink.expand("p", "s", PUBLISHED, ZoneId.of("Europe/Berlin"))).isEqualTo("/2024/03/06/");
    }

    @Test
    void expand_replacementCharacters_literal() {
        Permalink permalink = Permalink.parse("/{slug}");

        assertThat(permalink.expand("p", "cost-$5\\x", null, ZoneOffset.UTC)).isEqualTo("/cost-$5\\x");
    }

    @Test
    void expand_repeatedToken_everyOccurrence() {
        Permalink permalink = Permalink.parse("/{slug}/{slug}.html");

        assertThat(permalink.expand("p", "a", null, ZoneOffset.UTC)).isEqualTo("/a/a.html");
    }

    @Test
    void parse_unknownToken_rejectedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Permalink.parse("/{category}/{slug}/"))
                .withMessageContaining("unknown token {category}")
                .withMessageContaining("'/{category}/{slug}/'")
                .withMessageContaining("{path}, {slug}, {year}, {month} and {day}");
    }

    @Test
    void parse_emptyToken_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Permalink.parse("/{}/x"))
                .withMessageContaining("unknown token {}");
    }

    @Test
    void parse_upperCaseToken_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Permalink.parse("/{Slug}/"));
    }

    @Test
    void usesDate_dateTokens_true() {
        assertThat(Permalink.parse("/{year}/{slug}").usesDate()).isTrue();
        assertThat(Permalink.parse("/{month}-{slug}").usesDate()).isTrue();
        assertThat(Permalink.parse("/{day}/{slug}").usesDate()).isTrue();
    }

    @Test
    void usesDate_pathAndSlug_false() {
        assertThat(Permalink.parse("/{path}/{slug}.html").usesDate()).isFalse();
    }

    @Test
    void toString_pattern() {
        assertThat(Permalink.parse("/{path}.html")).hasToString("/{path}.html");
    }

    @Test
    void tokens_allFive() {
        assertThat(Permalink.TOKENS).containsExactlyInAnyOrder("path", "slug", "year", "month", "day");
    }
}
