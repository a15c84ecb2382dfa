package io.github.markfeed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private final List<String> dropped = new ArrayList<>();

    @Test
    void build_noRules_allowsEverything() {
        String text = RobotsTxt.build(null, List.of("https://example.org/sitemap.xml"), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n");
        assertThat(dropped).isEmpty();
    }

    @Test
    void build_blankRules_allowsEverything() {
        String text = RobotsTxt.build("  \n", List.of(), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow:\n");
    }

    @Test
    void build_customRules_kept() {
        String rules = "User-agent: *\nDisallow: /drafts/\n\nUser-agent: BadBot\nDisallow: /\n";

        String text = RobotsTxt.build(rules, List.of("https://example.org/sitemap.xml"), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow: /drafts/\n\nUser-agent: BadBot\nDisallow: /\n"
                + "\nSitemap: https://example.org/sitemap.xml\n");
    }

    @Test
    void build_hostAndSitemapLines_droppedAndReported() {
        String rules = "User-agent: *\nHost: example.org\nsitemap: https://old.example.org/map.xml\nDisallow:";

        String text = RobotsTxt.build(rules, List.of("https://example.org/sitemap.xml"), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n");
        assertThat(dropped).containsExactly("Host: example.org", "sitemap: https://old.example.org/map.xml");
    }

    @Test
    void build_crlfRules_normalised() {
        String text = RobotsTxt.build("User-agent: *\r\nDisallow: /tmp/\r\n\r\n", List.of(), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow: /tmp/\n");
    }

    @Test
    void build_oldMacLineEnds_normalised() {
        String text = RobotsTxt.build("User-agent: *\rDisallow: /tmp/", List.of(), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow: /tmp/\n");
    }

    @Test
    void build_indentedRules_stripped() {
        String text = RobotsTxt.build("    User-agent: *\n    Disallow: /private/\n  ", List.of(), dropped);

        assertThat(text).isEqualTo("User-agent: *\nDisallow: /private/\n");
    }

    @Test
    void build_noSitemap_noSitemapLine() {
        String text = RobotsTxt.build(null, List.of(), dropped);

        assertThat(text).doesNotContain("Sitemap");
    }
}
