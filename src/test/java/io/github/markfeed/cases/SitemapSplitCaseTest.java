package io.github.markfeed.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.BuildLog;
import io.github.markfeed.core.ChannelSettings;
import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.FeedFormat;
import io.github.markfeed.core.FeedOptions;
import io.github.markfeed.core.Generator;
import io.github.markfeed.core.SiteConfig;
import io.github.markfeed.core.SitemapOptions;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of 50,001 tiny posts, one more than a sitemap file may list, must get a sitemap index,
 * while 50,000 posts still fit one file. The posts are the ones the case's generate-content.sh
 * writes.
 */
class SitemapSplitCaseTest {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int MAX_URLS_PER_FILE = 50_000;
    private static final long MAX_BYTES_PER_FILE = 52_428_800;

    @TempDir
    Path work;

    private Path content() {
        return work.resolve("content");
    }

    private Path output() {
        return work.resolve("site");
    }

    /** Writes posts p000001 to pNNNNNN with the same front matter and body as generate-content.sh. */
    private void writePosts(int count) throws IOException {
        Files.createDirectories(content());
        for (int i = 1; i <= count; i++) {
            String name = String.format("p%06d", i);
            String text = "---\ntitle: Post " + i + "\ndate: 2024-01-01T00:00:00Z\nslug: " + name
                    + "\ndescription: Bulk post " + i + ".\n---\nBody " + i + ".\n";
            Files.writeString(content().resolve(name + ".md"), text, StandardCharsets.UTF_8);
        }
    }

    private void generate() throws Exception {
        ChannelSettings channel =
                new ChannelSettings("Example Blog", "Bulk posts", null, null, null, null, null, null, null, null, null, null);
        FeedOptions rssOnly = new FeedOptions(EnumSet.of(FeedFormat.RSS), null, null, ContentMode.NONE, false, null, null,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, null, false);
        SiteConfig config = SiteConfig.builder(SiteUrl.parse("https://example.org/"), content(), output(), channel)
                .includes(List.of())
                .excludes(List.of())
                .permalink("/posts/{slug}/")
                .displayDirectory(work)
                .feedLimit(20)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(Instant.parse("2026-01-01T00:00:00Z"))
                .feedOptions(rssOnly)
                .writeSitemap(true)
                .sitemapOptions(SitemapOptions.defaults())
                .build();
        new Generator(config, BuildLog.SILENT).generate();
    }

    private static Set<String> expectedUrls(int count) {
        Set<String> urls = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            urls.add(String.format("https://example.org/posts/p%06d/", i));
        }
        return urls;
    }

    /** Streams one sitemap file: its root element's name and namespace, then the text of every loc. */
    private static Listing read(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        Listing listing = new Listing();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in, "UTF-8");
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (listing.root == null) {
                    listing.root = reader.getLocalName();
                    listing.namespace = reader.getNamespaceURI();
                } else if (reader.getLocalName().equals("loc")) {
                    listing.locations.add(reader.getElementText().strip());
                } else if (reader.getLocalName().equals("url")) {
                    listing.urlElements++;
                }
            }
            reader.close();
        }
        return listing;
    }

    private static final class Listing {
        String root;
        String namespace;
        int urlElements;
        final List<String> locations = new ArrayList<>();
    }

    @Test
    void posts50001_indexOfTwoFiles() throws Exception {
        writePosts(50_001);

        generate();

        Listing index = read(output().resolve("sitemap.xml"));
        assertThat(index.root).isEqualTo("sitemapindex");
        assertThat(index.namespace).isEqualTo(NAMESPACE);
        assertThat(index.locations).hasSize(2);

        List<String> allLocations = new ArrayList<>();
        for (String childUrl : index.locations) {
            assertThat(childUrl).startsWith("https://example.org/");
            Path child = output().resolve(URI.create(childUrl).getPath().substring(1));
            assertThat(child).as(childUrl).isRegularFile();
            Listing part = read(child);
            assertThat(part.root).as(childUrl).isEqualTo("urlset");
            assertThat(part.namespace).as(childUrl).isEqualTo(NAMESPACE);
            assertThat(part.urlElements).as(childUrl).isLessThanOrEqualTo(MAX_URLS_PER_FILE);
            assertThat(Files.size(child)).as(childUrl).isLessThanOrEqualTo(MAX_BYTES_PER_FILE);
            allLocations.addAll(part.locations);
        }
        assertThat(allLocations).hasSize(50_001);
        assertThat(new HashSet<>(allLocations)).hasSize(50_001);
        assertThat(new HashSet<>(allLocations)).isEqualTo(expectedUrls(50_001));
    }

    @Test
    void posts50000_singleUrlset() throws Exception {
        writePosts(50_000);

        generate();

        Listing sitemap = read(output().resolve("sitemap.xml"));
        assertThat(sitemap.root).isEqualTo("urlset");
        assertThat(sitemap.urlElements).isEqualTo(50_000);
        assertThat(new HashSet<>(sitemap.locations)).isEqualTo(expectedUrls(50_000));
        assertThat(Files.size(output().resolve("sitemap.xml"))).isLessThanOrEqualTo(MAX_BYTES_PER_FILE);
        assertThat(output().resolve("sitemap-1.xml")).doesNotExist();
    }
}
