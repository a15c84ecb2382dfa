package io.github.markfeed.stylesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the feed stylesheets with the JDK's own XSLT 1.0 processor (XSLTC), which, like the
 * browsers' processors, supports XSLT 1.0 only.
 */
class StylesheetsTest {

    private static final String RSS_XSL = "rss.xsl";
    private static final String ATOM_XSL = "atom.xsl";

    private static final String RSS_FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"
                xmlns:atom="http://www.w3.org/2005/Atom"
                xmlns:content="http://purl.org/rss/1.0/modules/content/"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:media="http://search.yahoo.com/mrss/">
              <channel>
                <title>Kitchen Notes</title>
                <link>https://example.org/</link>
                <description>Recipes and notes from a small kitchen.</description>
                <language>en</language>
                <atom:link href="https://example.org/feeds/rss.xml" rel="self" type="application/rss+xml"/>
                <item>
                  <title>Bread &amp; Butter &lt;2&gt;</title>
                  <link>https://example.org/posts/bread-and-butter.html</link>
                  <description>Second try at a &lt;b&gt;plain&lt;/b&gt; loaf.</description>
                  <category>baking</category>
                  <category>bread</category>
                  <pubDate>Tue, 05 Mar 2024 10:15:00 GMT</pubDate>
                  <dc:creator>Maria Okafor</dc:creator>
                  <media:content url="https://example.org/img/loaf.jpg" medium="image" type="image/jpeg"/>
                  <content:encoded><![CDATA[<p>Full text of the <script>alert(1)</script> bread post.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Soup for a cold day</title>
                  <link>https://example.org/posts/soup.html?from=feed&amp;lang=en</link>
                  <description>A lentil soup that keeps for a week.</description>
                  <pubDate>Mon, 04 Mar 2024 00:00:00 GMT</pubDate>
                </item>
                <item>
                  <title>Scripted link</title>
                  <link>javascript:alert(1)</link>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM_FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Kitchen Notes</title>
              <subtitle>Recipes and notes from a small kitchen.</subtitle>
              <link rel="self" href="https://example.org/feeds/atom.xml"/>
              <link rel="alternate" type="text/html" href="https://example.org/"/>
              <id>https://example.org/</id>
              <updated>2024-03-06T08:00:00Z</updated>
              <author><name>Feed Author</name></author>
              <entry>
                <title>Bread &amp; Butter &lt;2&gt;</title>
                <link rel="alternate" href="https://example.org/posts/bread-and-butter.html"/>
                <link rel="enclosure" type="image/jpeg" length="0" href="https://example.org/img/loaf.jpg"/>
                <id>https://example.org/posts/bread-and-butter.html</id>
                <published>2024-03-05T10:15:00+01:00</published>
                <updated>2024-03-06T08:00:00Z</updated>
                <author><name>Maria Okafor</name></author>
                <category term="baking"/>
                <category term="bread" label="Bread"/>
                <summary>Second try at a plain loaf.</summary>
                <content type="html">&lt;p&gt;Full text of the &lt;script&gt;alert(1)&lt;/script&gt; bread post.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title type="html">Soup &lt;em&gt;for&lt;/em&gt; a &amp;lt;cold&amp;gt; day &lt;script&gt;alert(2)&lt;/script&gt;</title>
                <link href="https://example.org/posts/soup.html"/>
                <id>https://example.org/posts/soup.html</id>
                <updated>2024-03-04T00:00:00Z</updated>
                <summary type="html">&lt;p&gt;A lentil soup.&lt;/p&gt;&lt;p&gt;It keeps for a &lt;strong&gt;week&lt;/strong&gt;.&lt;/p&gt;</summary>
              </entry>
              <entry>
                <title>Scripted link</title>
                <link rel="alternate" href="javascript:alert(1)"/>
                <id>urn:example:scripted</id>
                <updated>2024-03-01T00:00:00Z</updated>
              </entry>
            </feed>
            """;

    private static URL stylesheetUrl(String name) {
        URL url = StylesheetsTest.class.getResource("/io/github/markfeed/stylesheet/" + name);
        assertThat(url).as("stylesheet %s on the classpath", name).isNotNull();
        return url;
    }

    private static Templates compile(String name) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        URL url = stylesheetUrl(name);
        return factory.newTemplates(new StreamSource(url.toExternalForm()));
    }

    private static String transform(String stylesheet, String feed) throws TransformerException {
        StringWriter html = new StringWriter();
        compile(stylesheet).newTransformer()
                .transform(new StreamSource(new StringReader(feed)), new StreamResult(html));
        return html.toString();
    }

    private static String source(String name) throws IOException {
        try (InputStream in = stylesheetUrl(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {RSS_XSL, ATOM_XSL})
    void outputIsUtf8Html(String stylesheet) throws TransformerException {
        Templates templates = compile(stylesheet);

        assertThat(templates.getOutputProperties().getProperty(OutputKeys.METHOD)).isEqualTo("html");
        assertThat(templates.getOutputProperties().getProperty(OutputKeys.ENCODING)).isEqualTo("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {RSS_XSL, ATOM_XSL})
    void stylesheetIsSelfContained(String stylesheet) throws IOException {
        String xsl = source(stylesheet);

        assertThat(xsl).doesNotContain("disable-output-escaping=");
        assertThat(xsl).doesNotContain("<script");
        assertThat(xsl).doesNotContain("<link");
        assertThat(xsl).doesNotContain("<img");
        assertThat(xsl).doesNotContain("@import");
        assertThat(xsl).doesNotContain("url(");
        assertThat(xsl).doesNotContain("xsl:import");
        assertThat(xsl).doesNotContain("xsl:include");
        assertThat(xsl).doesNotContain("document(");
    }

    @Test
    void rssShowsChannelHeader() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).contains("<html lang=\"en\">");
        assertThat(html).contains("<title>Kitchen Notes (RSS feed)</title>");
        assertThat(html).contains("<h1>Kitchen Notes</h1>");
        assertThat(html).contains("Recipes and notes from a small kitchen.");
        assertThat(html).contains("<a href=\"https://example.org/\" class=\"site-link\">https://example.org/</a>");
    }

    @Test
    void rssSubscribeNoteShowsSelfUrl() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).contains("This is a web feed");
        assertThat(html).contains("copy the address of this page into your feed reader");
        assertThat(html).contains("<code class=\"feed-url\">https://example.org/feeds/rss.xml</code>");
    }

    @Test
    void rssSubscribeNoteWithoutSelfLink() throws TransformerException {
        String feed = RSS_FEED.replaceFirst("<atom:link [^>]*/>", "");

        String html = transform(RSS_XSL, feed);

        assertThat(html).doesNotContain("class=\"feed-url\"");
        assertThat(html).contains("Use the address shown in your browser's address bar.");
    }

    @Test
    void rssLinksEveryItemTitle() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).contains("Posts in this feed (3)");
        assertThat(html).contains(
                "<a href=\"https://example.org/posts/bread-and-butter.html\">Bread &amp; Butter &lt;2&gt;</a>");
        assertThat(html).contains(
                "<a href=\"https://example.org/posts/soup.html?from=feed&amp;lang=en\">Soup for a cold day</a>");
        assertThat(html).contains("Scripted link");
    }

    @Test
    void rssEscapesMarkupInText() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).contains("Bread &amp; Butter &lt;2&gt;");
        assertThat(html).doesNotContain("Bread & Butter");
        assertThat(html).doesNotContain("<2>");
        assertThat(html).contains("Second try at a &lt;b&gt;plain&lt;/b&gt; loaf.");
        assertThat(html).doesNotContain("<b>plain");
    }

    @Test
    void rssShowsDateAuthorAndTags() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).contains("<time>Tue, 05 Mar 2024 10:15:00 GMT</time>");
        assertThat(html).contains("<time>Mon, 04 Mar 2024 00:00:00 GMT</time>");
        assertThat(html).contains(" by Maria Okafor");
        assertThat(html).contains("<span class=\"tag\">baking</span>");
        assertThat(html).contains("<span class=\"tag\">bread</span>");
    }

    @Test
    void rssLeavesOutContentAndImages() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).doesNotContain("Full text of the");
        assertThat(html).doesNotContain("<script");
        assertThat(html).doesNotContain("loaf.jpg");
    }

    @Test
    void rssLinksOnlyHttpUrls() throws TransformerException {
        String html = transform(RSS_XSL, RSS_FEED);

        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("<span>Scripted link</span>");
    }

    @Test
    void atomShowsFeedHeader() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains("<html lang=\"en\">");
        assertThat(html).contains("<title>Kitchen Notes (Atom feed)</title>");
        assertThat(html).contains("<h1>Kitchen Notes</h1>");
        assertThat(html).contains("Recipes and notes from a small kitchen.");
        assertThat(html).contains("<a href=\"https://example.org/\" class=\"site-link\">https://example.org/</a>");
    }

    @Test
    void atomSubscribeNoteShowsSelfUrl() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains("This is a web feed");
        assertThat(html).contains("copy the address of this page into your feed reader");
        assertThat(html).contains("<code class=\"feed-url\">https://example.org/feeds/atom.xml</code>");
    }

    @Test
    void atomLinksEveryEntryTitle() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains("Posts in this feed (3)");
        assertThat(html).contains(
                "<a href=\"https://example.org/posts/bread-and-butter.html\">Bread &amp; Butter &lt;2&gt;</a>");
        assertThat(html).contains(
                "<a href=\"https://example.org/posts/soup.html\">Soup for a &lt;cold&gt; day alert(2)</a>");
        assertThat(html).contains("<span>Scripted link</span>");
        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void atomEscapesMarkupInText() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains("Bread &amp; Butter &lt;2&gt;");
        assertThat(html).doesNotContain("Bread & Butter");
        assertThat(html).doesNotContain("<2>");
        assertThat(html).doesNotContain("<cold>");
        assertThat(html).doesNotContain("<em>");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void atomHtmlSummaryReadsAsText() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains("<p class=\"summary\">A lentil soup. It keeps for a week.</p>");
        assertThat(html).contains("<p class=\"summary\">Second try at a plain loaf.</p>");
    }

    @Test
    void atomShowsDatesAsDays() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains("<time datetime=\"2024-03-05\">2024-03-05</time>");
        assertThat(html).contains("(updated <time datetime=\"2024-03-06\">2024-03-06</time>)");
        assertThat(html).contains("<time datetime=\"2024-03-04\">2024-03-04</time>");
        assertThat(html).doesNotContain("10:15");
    }

    @Test
    void atomShowsAuthorsAndTags() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).contains(" by Maria Okafor");
        assertThat(html).contains(" by Feed Author");
        assertThat(html).contains("<span class=\"tag\">baking</span>");
        assertThat(html).contains("<span class=\"tag\">Bread</span>");
    }

    @Test
    void atomLeavesOutContentAndEnclosures() throws TransformerException {
        String html = transform(ATOM_XSL, ATOM_FEED);

        assertThat(html).doesNotContain("Full text of the");
        assertThat(html).doesNotContain("loaf.jpg");
    }
}
