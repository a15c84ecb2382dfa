package io.github.markfeed.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SiteUrlTest {

    private static final String PAGE = "https://example.org/docs/blog/post.html";

    @Test
    void parse_withAndWithoutTrailingSlash_equalBase() {
        SiteUrl without = SiteUrl.parse("https://example.org/docs");
        SiteUrl with = SiteUrl.parse("https://example.org/docs/");

        assertThat(without.base()).isEqualTo("https://example.org/docs/");
        assertThat(with.base()).isEqualTo(without.base());
    }

    @Test
    void parse_hostOnly_rootSlash() {
        assertThat(SiteUrl.parse("https://example.org").base()).isEqualTo("https://example.org/");
    }

    @Test
    void parse_upperCaseSchemeAndHost_lowerCased() {
        assertThat(SiteUrl.parse("HTTPS://Example.ORG/Docs").base()).isEqualTo("https://example.org/Docs/");
    }

    @Test
    void parse_surroundingWhitespace_trimmed() {
        assertThat(SiteUrl.parse("  http://example.org:8080/site \n").base()).isEqualTo("http://example.org:8080/site/");
    }

    @Test
    void parse_nonAsciiPath_encoded() {
        assertThat(SiteUrl.parse("https://example.org/café").base()).isEqualTo("https://example.org/caf%C3%A9/");
    }

    @Test
    void parse_relative_rejectedWithExample() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("example.org/docs"))
                .withMessageContaining("'example.org/docs'")
                .withMessageContaining("not an absolute http or https URL");
    }

    @Test
    void parse_ftp_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("ftp://example.org/"))
                .withMessageContaining("'ftp://example.org/'")
                .withMessageContaining("not an absolute http or https URL");
    }

    @Test
    void parse_noHost_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("https:///docs"))
                .withMessageContaining("'https:///docs'")
                .withMessageContaining("no host name");
    }

    @Test
    void parse_schemeOnly_rejectedAsInvalid() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("https://"))
                .withMessageContaining("'https://' is not a valid URL");
    }

    @Test
    void parse_query_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("https://example.org/?lang=en"))
                .withMessageContaining("'https://example.org/?lang=en'")
                .withMessageContaining("must not have a query or a fragment");
    }

    @Test
    void parse_fragment_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("https://example.org/docs#top"))
                .withMessageContaining("must not have a query or a fragment");
    }

    @Test
    void parse_blank_rejectedAsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse("  "))
                .withMessage("the site URL is missing");
    }

    @Test
    void parse_null_rejectedAsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteUrl.parse(null))
                .withMessage("the site URL is missing");
    }

    @Test
    void pageUrl_relativePath_appendedToBase() {
        SiteUrl site = SiteUrl.parse("https://example.org/docs");

        assertThat(site.pageUrl("blog/post.html")).isEqualTo("https://example.org/docs/blog/post.html");
    }

    @Test
    void pageUrl_leadingSlash_staysUnderBase() {
        SiteUrl site = SiteUrl.parse("https://example.org/docs/");

        assertThat(site.pageUrl("//blog/post.html")).isEqualTo("https://example.org/docs/blog/post.html");
    }

    @Test
    void pageUrl_nonAsciiAndSpace_encoded() {
        SiteUrl site = SiteUrl.parse("https://example.org/");

        assertThat(site.pageUrl("/блог/my post.html")).isEqualTo("https://example.org/%D0%B1%D0%BB%D0%BE%D0%B3/my%20post.html");
    }

    @Test
    void resolve_rootRelative_againstHost() {
        assertThat(SiteUrl.resolve(PAGE, "/img/a.png")).isEqualTo("https://example.org/img/a.png");
    }

    @Test
    void resolve_pageRelative_againstPageFolder() {
        assertThat(SiteUrl.resolve(PAGE, "img/a.png")).isEqualTo("https://example.org/docs/blog/img/a.png");
    }

    @Test
    void resolve_dotDot_parentFolder() {
        assertThat(SiteUrl.resolve(PAGE, "../about.html")).isEqualTo("https://example.org/docs/about.html");
    }

    @Test
    void resolve_dotDotAboveRoot_stopsAtRoot() {
        // RFC 3986 section 5.2.4 and browsers drop '..' segments that would climb above the root.
        assertThat(SiteUrl.resolve("https://example.org/blog/post.html", "../../about.html"))
                .isEqualTo("https://example.org/about.html");
    }

    @Test
    void resolve_fragmentOnly_samePage() {
        assertThat(SiteUrl.resolve(PAGE, "#part")).isEqualTo(PAGE + "#part");
    }

    @Test
    void resolve_queryOnly_samePagePath() {
        // RFC 3986 section 5.4.1: "?y" against "http://a/b/c/d;p?q" gives "http://a/b/c/d;p?y".
        assertThat(SiteUrl.resolve(PAGE, "?page=2")).isEqualTo(PAGE + "?page=2");
    }

    @Test
    void resolve_networkPath_keepsPageScheme() {
        assertThat(SiteUrl.resolve(PAGE, "//cdn.example.net/x.png")).isEqualTo("https://cdn.example.net/x.png");
    }

    @Test
    void resolve_absolute_unchanged() {
        assertThat(SiteUrl.resolve(PAGE, "http://other.example/a")).isEqualTo("http://other.example/a");
    }

    @Test
    void resolve_spaceAndNonAscii_encoded() {
        assertThat(SiteUrl.resolve(PAGE, "my café.png")).isEqualTo("https://example.org/docs/blog/my%20caf%C3%A9.png");
    }

    @Test
    void resolve_invalidReference_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SiteUrl.resolve(PAGE, "http://[oops/"));
    }
}
