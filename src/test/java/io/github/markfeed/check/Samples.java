package io.github.markfeed.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small valid documents of each kind, which the tests break one rule at a time. */
final class Samples {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>Harbour notes</title>
                <link>https://harbour.example.net/</link>
                <description>News from the harbour office</description>
                <language>en-gb</language>
                <lastBuildDate>Sat, 01 Mar 2025 09:00:00 GMT</lastBuildDate>
                <atom:link href="https://harbour.example.net/rss.xml" rel="self" type="application/rss+xml"/>
                <item>
                  <title>Tide tables for spring</title>
                  <link>https://harbour.example.net/tides/</link>
                  <guid>https://harbour.example.net/tides/</guid>
                  <pubDate>Sat, 01 Mar 2025 09:00:00 +0000</pubDate>
                  <dc:creator>Ada Quay</dc:creator>
                  <enclosure url="https://harbour.example.net/tides.pdf" length="2048" type="application/pdf"/>
                </item>
                <item>
                  <title>Ferry times</title>
                  <link>https://harbour.example.net/ferry/</link>
                  <guid isPermaLink="false">ferry-2025</guid>
                  <pubDate>Fri, 14 Feb 2025 08:30:00 GMT</pubDate>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Harbour notes</title>
              <link rel="self" href="https://harbour.example.net/atom.xml"/>
              <id>https://harbour.example.net/</id>
              <updated>2025-03-01T09:00:00Z</updated>
              <author><name>Ada Quay</name></author>
              <entry>
                <title>Tide tables for spring</title>
                <link rel="alternate" href="https://harbour.example.net/tides/"/>
                <id>https://harbour.example.net/tides/</id>
                <published>2025-03-01T09:00:00+01:00</published>
                <updated>2025-03-01T09:00:00+01:00</updated>
                <content type="html">&lt;p&gt;New tables.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Ferry times</title>
                <link href="https://harbour.example.net/ferry/"/>
                <id>urn:uuid:6f1c7a52-3d0e-4c55-9d8a-0d2f3c1b2a10</id>
                <updated>2025-02-14T08:30:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Earlier boats.</p></div></content>
              </entry>
            </feed>
            """;

    static final String JSON_FEED = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Harbour notes",
              "home_page_url": "https://harbour.example.net/",
              "feed_url": "https://harbour.example.net/feed.json",
              "language": "en-GB",
              "authors": [{"name": "Ada Quay"}],
              "items": [
                {
                  "id": "https://harbour.example.net/tides/",
                  "url": "https://harbour.example.net/tides/",
                  "title": "Tide tables for spring",
                  "content_html": "<p>New tables.</p>",
                  "date_published": "2025-03-01T09:00:00+01:00",
                  "tags": ["tides"]
                },
                {
                  "id": "https://harbour.example.net/ferry/",
                  "url": "https://harbour.example.net/ferry/",
                  "content_text": "Earlier boats.",
                  "date_published": "2025-02-14T08:30:00Z"
                }
              ]
            }
            """;

    static final String SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
                    xmlns:xhtml="http://www.w3.org/1999/xhtml">
              <url>
                <loc>https://harbour.example.net/</loc>
                <lastmod>2025-03-01</lastmod>
                <changefreq>weekly</changefreq>
                <priority>0.5</priority>
                <xhtml:link rel="alternate" hreflang="en-GB" href="https://harbour.example.net/"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://harbour.example.net/"/>
              </url>
              <url>
                <loc>https://harbour.example.net/tides/?year=2025&amp;season=spring</loc>
                <lastmod>2025-03-01T09:00:00+01:00</lastmod>
                <image:image><image:loc>https://cdn.example.net/tides.png</image:loc></image:image>
              </url>
            </urlset>
            """;

    static final String SITEMAP_INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap>
                <loc>https://harbour.example.net/sitemap-1.xml</loc>
                <lastmod>2025-03-01T09:00:00Z</lastmod>
              </sitemap>
              <sitemap>
                <loc>https://harbour.example.net/sitemap-2.xml</loc>
              </sitemap>
            </sitemapindex>
            """;

    private Samples() {}

    /** Writes a document into the folder and checks it. */
    static List<Finding> check(Path folder, String name, String text) throws IOException {
        return check(folder, name, text, null);
    }

    static List<Finding> check(Path folder, String name, String text, String siteUrl) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new FeedChecker(folder).check(file, siteUrl);
    }

    /** Replaces one occurrence of a piece of a sample, failing when the piece is not there exactly once. */
    static String replace(String text, String piece, String replacement) {
        int first = text.indexOf(piece);
        if (first < 0 || text.indexOf(piece, first + 1) >= 0) {
            throw new IllegalArgumentException("expected one '" + piece + "' in the sample");
        }
        return text.substring(0, first) + replacement + text.substring(first + piece.length());
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
