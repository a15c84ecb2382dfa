package io.github.markfeed.check;

import static io.github.markfeed.check.Samples.ATOM;
import static io.github.markfeed.check.Samples.check;
import static io.github.markfeed.check.Samples.replace;
import static io.github.markfeed.check.Samples.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomCheckerTest {

    @TempDir
    Path folder;

    private List<Finding> checkAtom(String text) throws Exception {
        return check(folder, "atom.xml", text);
    }

    @Test
    void validSample_noFindings() throws Exception {
        assertThat(checkAtom(ATOM)).isEmpty();
    }

    @Test
    void entryWithoutId_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<id>https://harbour.example.net/tides/</id>", ""));

        assertThat(rules(findings)).containsExactly("atom.entry.id.missing");
        assertThat(findings.get(0).location()).isEqualTo("/feed/entry[1]");
    }

    @Test
    void dateWithoutOffset_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<updated>2025-02-14T08:30:00Z</updated>", "<updated>2025-02-14T08:30:00</updated>"));

        assertThat(rules(findings)).containsExactly("atom.entry.updated.rfc3339");
        assertThat(findings.get(0).location()).isEqualTo("/feed/entry[2]/updated");
        assertThat(findings.get(0).message()).contains("no time zone offset");
    }

    @Test
    void rfc822Date_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<published>2025-03-01T09:00:00+01:00</published>",
                "<published>Sat, 01 Mar 2025 09:00:00 +0100</published>"));

        assertThat(rules(findings)).containsExactly("atom.entry.published.rfc3339");
        assertThat(findings.get(0).message()).contains("RFC 822");
    }

    @Test
    void noAuthorAnywhere_reportedPerEntry() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<author><name>Ada Quay</name></author>", ""));

        assertThat(rules(findings)).containsExactly("atom.entry.author.missing", "atom.entry.author.missing");
        assertThat(findings.get(1).location()).isEqualTo("/feed/entry[2]");
    }

    @Test
    void entryAuthors_enoughWithoutFeedAuthor() throws Exception {
        String text = replace(ATOM, "<author><name>Ada Quay</name></author>", "");
        text = text.replace("<entry>", "<entry><author><name>Ada Quay</name></author>");

        assertThat(checkAtom(text)).isEmpty();
    }

    @Test
    void unescapedHtmlContent_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "&lt;p&gt;New tables.&lt;/p&gt;", "<p>New tables.</p>"));

        assertThat(rules(findings)).containsExactly("atom.entry.content.html.escaped");
        assertThat(findings.get(0).location()).isEqualTo("/feed/entry[1]/content");
    }

    @Test
    void xhtmlWithoutDiv_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Earlier boats.</p></div>",
                "<p xmlns=\"http://www.w3.org/1999/xhtml\">Earlier boats.</p>"));

        assertThat(rules(findings)).containsExactly("atom.entry.content.xhtml.div");
    }

    @Test
    void javaLocaleXmlLang_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "xml:lang=\"en\"", "xml:lang=\"en_GB\""));

        assertThat(rules(findings)).containsExactly("atom.xml-lang.tag");
        assertThat(findings.get(0).location()).isEqualTo("/feed/@xml:lang");
    }

    @Test
    void missingFeedUpdated_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<updated>2025-03-01T09:00:00Z</updated>", ""));

        assertThat(rules(findings)).containsExactly("atom.feed.updated.missing");
    }

    @Test
    void relativeId_reported() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<id>https://harbour.example.net/tides/</id>", "<id>/tides/</id>"));

        assertThat(rules(findings)).containsExactly("atom.entry.id.absolute");
    }

    @Test
    void missingSelfLink_warning() throws Exception {
        List<Finding> findings = checkAtom(replace(ATOM, "<link rel=\"self\" href=\"https://harbour.example.net/atom.xml\"/>", ""));

        assertThat(rules(findings)).containsExactly("atom.feed.link.self");
        assertThat(findings.get(0).isError()).isFalse();
    }
}
