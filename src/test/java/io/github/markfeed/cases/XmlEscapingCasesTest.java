package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItem;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Text that XML treats specially: CDATA terminators, forbidden characters, markup characters in titles. */
class XmlEscapingCasesTest {

    @TempDir
    Path work;

    @Test
    void cdataTerminator_keptInDecodedContent() throws Exception {
        SiteBuild site = SiteBuild.ofCase("001-cdata-terminator", work).run();

        Document rss = site.rss();
        site.sitemap();
        String content = value(rss, "//item/content:encoded");
        assertThat(value(rss, "//item/title")).isEqualTo("Why ]]> matters");
        assertThat(content).contains("a]]>b");
        assertThat(content).contains("outside any markup");
        assertThat(value(rss, "//item/description"))
                .isEqualTo("A post whose HTML output contains the sequence ]]> more than once.");
    }

    @Test
    void cdataTerminator_splitAcrossCdataSections() throws Exception {
        SiteBuild site = SiteBuild.ofCase("001-cdata-terminator", work).run();

        String raw = site.text("rss.xml");
        assertThat(raw).contains("]]]]><![CDATA[>");
    }

    @Test
    void forbiddenControlCharacters_removedWithWarning() throws Exception {
        SiteBuild site = SiteBuild.ofCase("002-xml-illegal-control-chars", work).run();

        Document rss = site.rss();
        site.sitemap();
        String raw = site.text("rss.xml");
        for (char forbidden : new char[] {'\u000B', '\u0001', '\u001F', '\u000C', '\u001B', '\uFFFF'}) {
            assertThat(raw).doesNotContain(String.valueOf(forbidden));
        }
        assertThat(raw).doesNotContainPattern("&#(x0*(B|1|1F|C|1B|FFFF)|0*(11|1|31|12|27|65535));");
        String content = value(rss, "//item/content:encoded");
        assertThat(content).contains("make install PREFIX=/opt/demo");
        assertThat(content).contains("A start-of-heading byte");
        assertThat(content).contains("and a unit separator");
        assertThat(content).contains("[0m sequence");
        assertThat(content).contains("TAB here.");
        assertThat(site.log()).anyMatch(line -> line.startsWith("[WARNING] terminal-notes.md: removed 7 characters"));
    }

    @Test
    void titleEscaping_decodesToFrontMatterText() throws Exception {
        SiteBuild site = SiteBuild.ofCase("012-title-escaping", work).title("Cats & Dogs <Weekly>").run();

        Document rss = site.rss();
        assertThat(values(rss, "//item/title"))
                .containsExactly("She said \"a < b\" and left", "Meetup 2024: Bread & Butter Recap", "Input->Output");
        assertThat(value(rss, "/rss/channel/title")).isEqualTo("Cats & Dogs <Weekly>");
        assertThat(value(rss, "//item[link='https://example.org/posts/ampersand/']/description"))
                .isEqualTo("Tom & Jerry's \"best\" day");
    }

    @Test
    void titleEscaping_neverDoubleEscaped() throws Exception {
        SiteBuild site = SiteBuild.ofCase("012-title-escaping", work).title("Cats & Dogs <Weekly>").run();

        String raw = site.text("rss.xml");
        assertThat(raw).doesNotContain("&amp;amp;", "&amp;gt;", "&amp;lt;", "&amp;quot;");
        assertThat(raw).contains("<title>Input-&gt;Output</title>");
    }

    @Test
    void cdataTerminator_atomTitleAndContentDecoded() throws Exception {
        SiteBuild site = SiteBuild.ofCase("001-cdata-terminator", work).run();

        Document atom = site.atom();
        String content = value(atom, "//atom:entry/atom:content");
        assertThat(value(atom, "//atom:entry/atom:title")).isEqualTo("Why ]]> matters");
        assertThat(value(atom, "//atom:entry/atom:content/@type")).isEqualTo("html");
        assertThat(content).contains("a]]>b");
        assertThat(content).contains("ends with ]]>");
        assertThat(content).isEqualTo(value(site.rss(), "//item/content:encoded"));
    }

    @Test
    void cdataTerminator_atomSummaryDecoded() throws Exception {
        SiteBuild site = SiteBuild.ofCase("001-cdata-terminator", work).run();

        assertThat(value(site.atom(), "//atom:entry/atom:summary"))
                .isEqualTo("A post whose HTML output contains the sequence ]]> more than once.");
    }

    @Test
    void cdataTerminator_jsonTitleAndContentHtml() throws Exception {
        SiteBuild site = SiteBuild.ofCase("001-cdata-terminator", work).run();

        Map<String, Object> item = jsonItem(site.json(), "https://example.org/posts/cdata-notes/");
        assertThat(item.get("title")).isEqualTo("Why ]]> matters");
        assertThat((String) item.get("content_html")).contains("a]]>b");
        assertThat(item.get("content_html")).isEqualTo(value(site.rss(), "//item/content:encoded"));
        assertThat(item.get("summary")).isEqualTo("A post whose HTML output contains the sequence ]]> more than once.");
    }
}
