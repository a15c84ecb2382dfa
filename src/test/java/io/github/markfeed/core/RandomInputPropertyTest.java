package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Throws random Unicode text into the front matter and bodies of generated pages and checks that
 * every output parses with a strict XML parser or with Jackson, and that titles survive with only
 * the characters XML forbids removed. 100 tries of 100 pages make 10,000 pages per run. The text
 * comes from {@link Random} with fixed seeds, so every run checks the same 10,000 pages.
 */
class RandomInputPropertyTest {

    private static final int PAGES = 100;
    private static final Instant BUILD_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final List<String> BAD_SLUGS = List.of("../../etc", "a/../../b", "x?y", "frag#ment", "back\\slash", "..");

    /** One generated page: title, description, tags and body as random text. */
    record PageText(String title, String description, List<String> tags, String body) {}

    /** A site of random pages, and the bad slug one of them gets, if any. */
    record Site(List<PageText> pages, Optional<String> badSlug) {}

    private static final int TRIES = 100;
    private static final long SEED = 20261204L;
    private static final String SPECIAL = "]]>|&| < |&amp;|\"|'|\uFFFE|\uFFFF| |\t";

    /**
     * Runs 100 tries of 100 pages. Each try has its own seed, printed with any failure, so that a
     * failing site can be made again with {@link #site(long)}.
     */
    @Test
    void randomPages_validOutput() throws Exception {
        Random seeds = new Random(SEED);
        for (int run = 0; run < TRIES; run++) {
            long seed = seeds.nextLong();
            try {
                check(site(seed));
            } catch (AssertionError | Exception e) {
                throw new AssertionError("try " + run + " with seed " + seed + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Builds the random site of one seed; one site in ten gets a bad slug on its first page. */
    static Site site(long seed) {
        Random random = new Random(seed);
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            List<String> tags = new ArrayList<>();
            int tagCount = random.nextInt(4);
            for (int t = 0; t < tagCount; t++) {
                tags.add(text(random, 1, 12));
            }
            pages.add(new PageText(title(random), text(random, 0, 40), tags, text(random, 0, 200)));
        }
        Optional<String> badSlug = random.nextInt(10) == 0
                ? Optional.of(BAD_SLUGS.get(random.nextInt(BAD_SLUGS.size())))
                : Optional.empty();
        return new Site(pages, badSlug);
    }

    /**
     * Titles leave out the characters that start inline Markdown or HTML, which are turned into
     * plain text on purpose, but keep {@code <}, {@code &} and {@code ]]>} in forms that are not markup.
     */
    private static String title(Random random) {
        return text(random, 1, 30).replaceAll("[*_`\\[~<]", "").replace("\\", "");
    }

    /** Text from every plane, with C0 and C1 controls, lone surrogates and XML's special characters mixed in. */
    private static String text(Random random, int minPieces, int maxPieces) {
        String[] special = SPECIAL.split("\\|", -1);
        StringBuilder text = new StringBuilder();
        int pieces = minPieces + random.nextInt(maxPieces - minPieces + 1);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    int length = random.nextInt(5);
                    for (int c = 0; c < length; c++) {
                        text.append((char) random.nextInt(0x10000));
                    }
                }
                case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1));
                case 2 -> text.append((char) random.nextInt(0x20));
                case 3 -> text.append((char) (0x7F + random.nextInt(0x21)));
                case 4 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                default -> text.append(special[random.nextInt(special.length)]);
            }
        }
        return text.toString();
    }

    private static void check(Site site) throws Exception {
        Path work = Files.createTempDirectory("markfeed-random");
        try {
            List<String> expectedTitles = writePages(work, site);
            SiteConfig config = config(work);

            if (site.badSlug().isPresent()) {
                ContentException error = null;
                try {
                    new Generator(config, BuildLog.SILENT).generate();
                } catch (ContentException e) {
                    error = e;
                }
                assertThat(error).as("bad slug %s", site.badSlug().get()).isNotNull();
                assertThat(error.problems()).anyMatch(problem -> problem.file().equals("p000.md"));
                assertThat(Files.exists(work.resolve("site"))).isFalse();
                return;
            }

            new Generator(config, BuildLog.SILENT).generate();

            Document rss = parseXml(work.resolve("site/rss.xml"));
            Document atom = parseXml(work.resolve("site/atom.xml"));
            parseXml(work.resolve("site/sitemap.xml"));
            JsonNode json = JSON.readTree(work.resolve("site/feed.json").toFile());
            assertThat(texts(rss, "", "title").subList(1, PAGES + 1)).containsExactlyElementsOf(expectedTitles);
            assertThat(texts(atom, "http://www.w3.org/2005/Atom", "title").subList(1, PAGES + 1))
                    .containsExactlyElementsOf(expectedTitles);
            List<String> jsonTitles = new ArrayList<>();
            json.get("items").forEach(item -> jsonTitles.add(item.get("title").asText()));
            assertThat(jsonTitles).containsExactlyElementsOf(expectedTitles);
        } finally {
            delete(work);
        }
    }

    /** Writes the pages, newest first by their numbers, and returns their expected titles in feed order. */
    private static List<String> writePages(Path work, Site site) throws IOException {
        Path content = Files.createDirectories(work.resolve("content"));
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            PageText page = site.pages().get(i);
            String title = visible(page.title()).isEmpty() ? page.title() + "x" : page.title();
            titles.add(0, visible(title));
            String slug = i == 0 && site.badSlug().isPresent() ? site.badSlug().get() : "p" + i;
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: ").append(yaml(title)).append('\n');
            text.append("description: ").append(yaml(page.description())).append('\n');
            text.append("slug: ").append(yaml(slug)).append('\n');
            text.append("date: ").append(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i)).append('\n');
            text.append("tags: [");
            for (int t = 0; t < page.tags().size(); t++) {
                text.append(t == 0 ? "" : ", ").append(yaml(page.tags().get(t)));
            }
            text.append("]\n---\n").append(page.body()).append('\n');
            // getBytes writes '?' for a lone surrogate in the body, which UTF-8 cannot encode.
            Files.write(content.resolve(String.format("p%03d.md", i)), text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return titles;
    }

    /** Returns what a title should look like in the feeds: without XML-forbidden characters, trimmed. */
    private static String visible(String title) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < title.length() && Character.isLowSurrogate(title.charAt(i + 1))) {
                kept.append(c).append(title.charAt(++i));
            } else if (!Character.isSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                    && c != '\uFFFE' && c != '\uFFFF') {
                kept.append(c);
            }
        }
        return kept.toString().strip();
    }

    /** Writes a YAML double-quoted scalar, escaping every character that is not printable as is. */
    private static String yaml(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) && !pairedAt(value, i)
                    || c == '\uFFFE' || c == '\uFFFF' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                out.append(String.format("\\u%04X", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean pairedAt(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }

    private static SiteConfig config(Path work) {
        ChannelSettings channel = new ChannelSettings("Random site", "Pages of random text", "en", null, null, null, null,
                null, null, "Tester", null, null);
        return SiteConfig.builder(
                        SiteUrl.parse("https://random.example.net/"),
                        work.resolve("content"),
                        work.resolve("site"),
                        channel)
                .includes(List.of())
                .excludes(List.of())
                .permalink("/posts/{slug}/")
                .displayDirectory(work)
                .feedLimit(0)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(BUILD_START)
                .feedOptions(FeedOptions.defaults())
                .writeSitemap(true)
                .sitemapOptions(SitemapOptions.defaults())
                .dateOptions(DateOptions.defaults())
                .changelog(ChangelogOptions.none())
                .checks(CheckOptions.defaults())
                .build();
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(file.toFile());
    }

    /** Returns the text of every element with the given name, in document order. */
    private static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = namespace.isEmpty() ? document.getElementsByTagName(name) : document.getElementsByTagNameNS(namespace, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
