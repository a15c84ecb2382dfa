package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItem;
import static io.github.markfeed.cases.SiteBuild.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown in a front-matter description becomes plain text in every feed; the body stays HTML. */
class MarkdownInDescriptionCaseTest {

    private static final String PLAIN = "Read the docs at our site before upgrading.";
    private static final String ITEM = "https://example.org/posts/docs-launch/";

    @TempDir
    Path work;

    @Test
    void rssDescription_plainText() throws Exception {
        SiteBuild site = SiteBuild.ofCase("014-markdown-in-description", work).run();

        assertThat(value(site.rss(), "//item/description")).isEqualTo(PLAIN);
    }

    @Test
    void atomSummary_plainText() throws Exception {
        SiteBuild site = SiteBuild.ofCase("014-markdown-in-description", work).run();

        assertThat(value(site.atom(), "//atom:entry/atom:summary")).isEqualTo(PLAIN);
    }

    @Test
    void jsonSummary_plainText() throws Exception {
        SiteBuild site = SiteBuild.ofCase("014-markdown-in-description", work).run();

        Map<String, Object> item = jsonItem(site.json(), ITEM);
        assertThat(item.get("summary")).isEqualTo(PLAIN);
    }

    @Test
    void rawOutput_noMarkdownSyntax() throws Exception {
        SiteBuild site = SiteBuild.ofCase("014-markdown-in-description", work).run();

        for (String file : new String[] {"rss.xml", "atom.xml", "feed.json"}) {
            assertThat(site.text(file)).as(file).doesNotContain("**");
            assertThat(site.text(file)).as(file).doesNotContain("](");
            assertThat(site.text(file)).as(file).doesNotContain("[our site]");
        }
    }

    @Test
    void body_unaffected() throws Exception {
        SiteBuild site = SiteBuild.ofCase("014-markdown-in-description", work).run();

        assertThat(value(site.rss(), "//item/content:encoded")).isEqualTo("<p>The full post body.</p>\n");
        assertThat(value(site.atom(), "//atom:entry/atom:content")).isEqualTo("<p>The full post body.</p>\n");
        assertThat(jsonItem(site.json(), ITEM).get("content_html")).isEqualTo("<p>The full post body.</p>\n");
    }
}
