package io.github.markfeed.check;

import static io.github.markfeed.check.Samples.RSS;
import static io.github.markfeed.check.Samples.check;
import static io.github.markfeed.check.Samples.replace;
import static io.github.markfeed.check.Samples.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RssCheckerTest {

    @TempDir
    Path folder;

    private List<Finding> checkRss(String text) throws Exception {
        return check(folder, "rss.xml", text);
    }

    @Test
    void validSample_noFindings() throws Exception {
        assertThat(checkRss(RSS)).isEmpty();
    }

    @Test
    void undeclaredPrefix_notWellFormed() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", ""));

        assertThat(rules(findings)).containsExactly("xml.namespace.undeclared");
        assertThat(findings.get(0).location()).isEqualTo("15:19");
        assertThat(findings.get(0).message()).contains("\"dc\"");
        assertThat(findings.get(0).isError()).isTrue();
    }

    @Test
    void unescapedAmpersand_notWellFormed() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "Ferry times", "Ferry & bus times"));

        assertThat(rules(findings)).containsExactly("xml.well-formed");
        assertThat(findings.get(0).location()).startsWith("19:");
        assertThat(findings.get(0).file()).isEqualTo("rss.xml");
    }

    @Test
    void missingDescription_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<description>News from the harbour office</description>", ""));

        assertThat(rules(findings)).containsExactly("rss.channel.description.missing");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel");
    }

    @Test
    void relativeItemLink_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<link>https://harbour.example.net/ferry/</link>", "<link>/ferry/</link>"));

        assertThat(rules(findings)).containsExactly("rss.item.link.absolute");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel/item[2]/link");
        assertThat(findings.get(0).message()).contains("'/ferry/'");
    }

    @Test
    void relativePermalinkGuid_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<guid>https://harbour.example.net/tides/</guid>", "<guid>/tides/</guid>"));

        assertThat(rules(findings)).containsExactly("rss.item.guid.permalink.absolute");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel/item[1]/guid");
    }

    @Test
    void nonPermalinkGuid_mayBeAnyText() throws Exception {
        assertThat(checkRss(RSS)).extracting(Finding::rule).doesNotContain("rss.item.guid.permalink.absolute");
    }

    @Test
    void iso8601PubDate_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "Fri, 14 Feb 2025 08:30:00 GMT", "2025-02-14T08:30:00+01:00"));

        assertThat(rules(findings)).containsExactly("rss.item.pubDate.rfc822");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel/item[2]/pubDate");
        assertThat(findings.get(0).message()).contains("ISO 8601");
    }

    @Test
    void garbagePubDate_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "Fri, 14 Feb 2025 08:30:00 GMT", "14/02/2025 08:30"));

        assertThat(rules(findings)).containsExactly("rss.item.pubDate.rfc822");
        assertThat(findings.get(0).message()).contains("'14/02/2025 08:30'");
    }

    @Test
    void wrongWeekday_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "Fri, 14 Feb 2025", "Mon, 14 Feb 2025"));

        assertThat(rules(findings)).containsExactly("rss.item.pubDate.rfc822");
        assertThat(findings.get(0).message()).contains("Friday");
    }

    @Test
    void badLastBuildDate_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "Sat, 01 Mar 2025 09:00:00 GMT", "yesterday"));

        assertThat(rules(findings)).containsExactly("rss.channel.lastBuildDate.rfc822");
    }

    @Test
    void javaLocaleLanguage_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<language>en-gb</language>", "<language>en_GB</language>"));

        assertThat(rules(findings)).containsExactly("rss.channel.language.tag");
        assertThat(findings.get(0).message()).contains("'en-GB'");
    }

    @Test
    void enclosureWithoutLength_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, " length=\"2048\"", ""));

        assertThat(rules(findings)).containsExactly("rss.item.enclosure.length.missing");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel/item[1]/enclosure");
    }

    @Test
    void enclosureRelativeUrl_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "url=\"https://harbour.example.net/tides.pdf\"", "url=\"tides.pdf\""));

        assertThat(rules(findings)).containsExactly("rss.item.enclosure.url.absolute");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel/item[1]/enclosure/@url");
    }

    @Test
    void enclosureBadType_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "type=\"application/pdf\"", "type=\"pdf\""));

        assertThat(rules(findings)).containsExactly("rss.item.enclosure.type.mime");
    }

    @Test
    void duplicateGuid_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<guid isPermaLink=\"false\">ferry-2025</guid>",
                "<guid>https://harbour.example.net/tides/</guid>"));

        assertThat(rules(findings)).containsExactly("rss.item.guid.unique");
        assertThat(findings.get(0).location()).isEqualTo("/rss/channel/item[2]/guid");
    }

    @Test
    void wrongVersion_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "version=\"2.0\"", "version=\"0.91\""));

        assertThat(rules(findings)).containsExactly("rss.version");
    }

    @Test
    void unknownElement_warning() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<dc:creator>Ada Quay</dc:creator>", "<creator>Ada Quay</creator>"));

        assertThat(rules(findings)).containsExactly("rss.item.element.unknown");
        assertThat(findings.get(0).isError()).isFalse();
    }

    @Test
    void itemWithoutTitleOrDescription_reported() throws Exception {
        List<Finding> findings = checkRss(replace(RSS, "<title>Ferry times</title>", ""));

        assertThat(rules(findings)).containsExactly("rss.item.title-or-description");
    }
}
