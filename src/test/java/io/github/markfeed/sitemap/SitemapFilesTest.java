package io.github.markfeed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.url.SiteUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xmlunit.xpath.JAXPXPathEngine;

class SitemapFilesTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/docs/");

    @TempDir
    Path output;

    /** Seven entries; the dates rise with the number except for entry 2, the newest of the first three. */
    private static List<SitemapEntry> sevenEntries() {
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Instant date = Instant.parse("2024-01-0" + i + "T00:00:00Z");
            if (i == 2) {
                date = Instant.parse("2024-02-01T00:00:00Z");
            }
            entries.add(new SitemapEntry("https://example.org/docs/p" + i + ".html", i == 7 ? null : date));
        }
        return entries;
    }

    private SitemapFiles.Written stage(SitemapFiles files, List<SitemapEntry> entries) throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            SitemapFiles.Written written = files.stage(entries, outputs);
            outputs.commit();
            return written;
        }
    }

    private List<String> filesUnderOutput() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private Document parse(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(output.resolve(file).toFile());
    }

    private static List<String> xpathList(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("s", SitemapWriter.NAMESPACE));
        List<String> values = new ArrayList<>();
        engine.selectNodes(expression, new DOMSource(document)).forEach(node -> values.add(node.getTextContent()));
        return values;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    @Test
    void stage_split_indexAndParts() throws Exception {
        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, false),
                sevenEntries());

        assertThat(written.parts()).isEqualTo(3);
        assertThat(written.urls()).isEqualTo(7);
        assertThat(written.files()).containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        assertThat(filesUnderOutput()).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
        Document index = parse("sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.NAMESPACE);
        assertThat(xpathList(index, "/s:sitemapindex/s:sitemap/s:loc")).containsExactly(
                "https://example.org/docs/sitemap-1.xml",
                "https://example.org/docs/sitemap-2.xml",
                "https://example.org/docs/sitemap-3.xml");
    }

    @Test
    void stage_split_partsKeepEntryOrder() throws Exception {
        stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, false), sevenEntries());

        assertThat(xpathList(parse("sitemap-1.xml"), "//s:loc")).containsExactly(
                "https://example.org/docs/p1.html", "https://example.org/docs/p2.html", "https://example.org/docs/p3.html");
        assertThat(xpathList(parse("sitemap-2.xml"), "//s:loc")).containsExactly(
                "https://example.org/docs/p4.html", "https://example.org/docs/p5.html", "https://example.org/docs/p6.html");
        assertThat(xpathList(parse("sitemap-3.xml"), "//s:loc")).containsExactly("https://example.org/docs/p7.html");
    }

    @Test
    void stage_split_partLastmodNewest() throws Exception {
        stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, false), sevenEntries());

        Document index = parse("sitemap.xml");
        assertThat(xpathList(index, "/s:sitemapindex/s:sitemap[1]/s:lastmod")).containsExactly("2024-02-01T00:00:00Z");
        assertThat(xpathList(index, "/s:sitemapindex/s:sitemap[2]/s:lastmod")).containsExactly("2024-01-06T00:00:00Z");
        assertThat(xpathList(index, "/s:sitemapindex/s:sitemap[3]/s:lastmod"))
                .as("a part whose URLs have no date has no lastmod")
                .isEmpty();
    }

    @Test
    void stage_splitWithGzip_indexListsGzipNames() throws Exception {
        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, true),
                sevenEntries());

        assertThat(xpathList(parse("sitemap.xml"), "/s:sitemapindex/s:sitemap/s:loc")).containsExactly(
                "https://example.org/docs/sitemap-1.xml.gz",
                "https://example.org/docs/sitemap-2.xml.gz",
                "https://example.org/docs/sitemap-3.xml.gz");
        assertThat(written.files()).containsExactlyInAnyOrder(
                "sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml",
                "sitemap.xml.gz", "sitemap-1.xml.gz", "sitemap-2.xml.gz", "sitemap-3.xml.gz");
        assertThat(written.entryPoint(true)).isEqualTo("sitemap.xml");
    }

    @Test
    void stage_gzip_copiesDecompressToSameBytes() throws Exception {
        stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, true), sevenEntries());

        for (String file : List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")) {
            assertThat(gunzip(output.resolve(file + ".gz"))).as(file + ".gz").isEqualTo(Files.readAllBytes(output.resolve(file)));
        }
    }

    @Test
    void stage_gzipTwice_byteIdentical() throws Exception {
        stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, true), sevenEntries());
        byte[] first = Files.readAllBytes(output.resolve("sitemap-1.xml.gz"));
        Files.delete(output.resolve("sitemap-1.xml.gz"));

        stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, true), sevenEntries());

        assertThat(Files.readAllBytes(output.resolve("sitemap-1.xml.gz"))).isEqualTo(first);
    }

    @Test
    void stage_singleGzip_entryPoint() throws Exception {
        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", 10, SitemapWriter.MAX_BYTES, true),
                sevenEntries());

        assertThat(written.parts()).isEqualTo(1);
        assertThat(written.files()).containsExactly("sitemap.xml", "sitemap.xml.gz");
        assertThat(written.entryPoint(true)).isEqualTo("sitemap.xml.gz");
        assertThat(gunzip(output.resolve("sitemap.xml.gz"))).isEqualTo(Files.readAllBytes(output.resolve("sitemap.xml")));
    }

    @Test
    void stage_exactlyMaxUrls_singleFileNoIndex() throws Exception {
        List<SitemapEntry> seven = sevenEntries();

        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", 7, SitemapWriter.MAX_BYTES, false), seven);

        assertThat(written.parts()).isEqualTo(1);
        assertThat(filesUnderOutput()).containsExactly("sitemap.xml");
        Document sitemap = parse("sitemap.xml");
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xpathList(sitemap, "//s:loc")).hasSize(7);
    }

    @Test
    void stage_oneMoreThanMaxUrls_twoParts() throws Exception {
        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", 6, SitemapWriter.MAX_BYTES, false),
                sevenEntries());

        assertThat(written.parts()).isEqualTo(2);
        assertThat(xpathList(parse("sitemap-2.xml"), "//s:loc")).containsExactly("https://example.org/docs/p7.html");
    }

    @Test
    void stage_noEntries_nothingStaged() throws Exception {
        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, false),
                List.of());

        assertThat(written.parts()).isZero();
        assertThat(written.files()).isEmpty();
        assertThat(filesUnderOutput()).isEmpty();
    }

    @Test
    void stage_byBytes_everyFileUnderLimit() throws Exception {
        long maxBytes = 4096;
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Cyrillic letters are two bytes each in UTF-8, so a count of characters would be too low.
            entries.add(new SitemapEntry(String.format("https://example.org/docs/пост-%03d-привет-мир.html", i),
                    Instant.parse("2024-01-01T00:00:00Z")));
        }

        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "sitemap.xml", SitemapWriter.MAX_URLS, maxBytes, false),
                entries);

        assertThat(written.parts()).isGreaterThan(1);
        assertThat(written.urls()).isEqualTo(200);
        List<String> locations = new ArrayList<>();
        for (String file : written.files()) {
            Path path = output.resolve(file);
            assertThat(Files.size(path)).as(file + " in UTF-8 bytes").isLessThanOrEqualTo(maxBytes);
            if (!file.equals("sitemap.xml")) {
                locations.addAll(xpathList(parse(file), "//s:loc"));
            }
        }
        assertThat(locations).containsExactlyElementsOf(entries.stream().map(SitemapEntry::location).toList());
    }

    @Test
    void stage_byBytes_partsFilledNearLimit() throws Exception {
        long maxBytes = 4096;
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(new SitemapEntry(String.format("https://example.org/docs/page-%03d.html", i), null));
        }

        stage(new SitemapFiles(SITE, "sitemap.xml", SitemapWriter.MAX_URLS, maxBytes, false), entries);

        long entryBytes = SitemapWriter.utf8Length(SitemapWriter.entryXml(entries.get(0)));
        assertThat(Files.size(output.resolve("sitemap-1.xml"))).isGreaterThan(maxBytes - entryBytes);
    }

    @Test
    void stage_fileInFolder_partsBesideIt() throws Exception {
        SitemapFiles.Written written = stage(new SitemapFiles(SITE, "maps/site.xml", 3, SitemapWriter.MAX_BYTES, false),
                sevenEntries());

        assertThat(written.files()).containsExactly("maps/site.xml", "maps/site-1.xml", "maps/site-2.xml", "maps/site-3.xml");
        assertThat(xpathList(parse("maps/site.xml"), "//s:loc")).startsWith("https://example.org/docs/maps/site-1.xml");
    }

    @Test
    void deleteStale_removesOldNumberedFilesOnly() throws Exception {
        for (String name : List.of("sitemap-3.xml", "sitemap-3.xml.gz", "sitemap-news.xml", "sitemap-1.txt", "rss.xml",
                "other-1.xml")) {
            Files.writeString(output.resolve(name), "old", StandardCharsets.UTF_8);
        }
        SitemapFiles files = new SitemapFiles(SITE, "sitemap.xml", 4, SitemapWriter.MAX_BYTES, false);
        SitemapFiles.Written written = stage(files, sevenEntries());

        List<Path> deleted = files.deleteStale(output, new HashSet<>(written.files()));

        assertThat(deleted).containsExactlyInAnyOrder(output.resolve("sitemap-3.xml"), output.resolve("sitemap-3.xml.gz"));
        assertThat(filesUnderOutput()).containsExactly(
                "other-1.xml", "rss.xml", "sitemap-1.txt", "sitemap-1.xml", "sitemap-2.xml", "sitemap-news.xml",
                "sitemap.xml");
    }

    @Test
    void deleteStale_splitToSingle_keepsMainFile() throws Exception {
        SitemapFiles split = new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, true);
        stage(split, sevenEntries());
        SitemapFiles single = new SitemapFiles(SITE, "sitemap.xml", 10, SitemapWriter.MAX_BYTES, false);
        SitemapFiles.Written written = stage(single, sevenEntries());

        single.deleteStale(output, new HashSet<>(written.files()));

        assertThat(filesUnderOutput()).containsExactly("sitemap.xml");
    }

    @Test
    void deleteStale_missingFolder_nothing() throws Exception {
        SitemapFiles files = new SitemapFiles(SITE, "maps/sitemap.xml", 3, SitemapWriter.MAX_BYTES, false);

        assertThat(files.deleteStale(output, Set.of())).isEmpty();
    }

    @Test
    void partName_numbersBeforeExtension() {
        assertThat(new SitemapFiles(SITE, "sitemap.xml", 3, SitemapWriter.MAX_BYTES, false).partName(2))
                .isEqualTo("sitemap-2.xml");
        assertThat(new SitemapFiles(SITE, "a/b/map.xml", 3, SitemapWriter.MAX_BYTES, false).partName(10))
                .isEqualTo("a/b/map-10.xml");
    }
}
