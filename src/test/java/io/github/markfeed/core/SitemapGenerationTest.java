package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.sitemap.SitemapWriter;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xmlunit.xpath.JAXPXPathEngine;

/** Runs the generator with the sitemap settings and checks the sitemap, robots.txt and the log. */
class SitemapGenerationTest {

    private static final Instant BUILD_START = Instant.parse("2024-06-01T12:00:00Z");
    private static final Map<String, String> NAMESPACES = Map.of(
            "s", SitemapWriter.NAMESPACE,
            "image", SitemapWriter.IMAGE_NAMESPACE,
            "xhtml", SitemapWriter.XHTML_NAMESPACE,
            "atom", "http://www.w3.org/2005/Atom");

    @TempDir
    Path project;

    private final List<String> logLines = new ArrayList<>();

    private final BuildLog log = new BuildLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {
            logLines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            logLines.add("WARN " + message);
        }
    };

    private String siteUrl = "https://example.org/";
    private String permalink = "/{path}.html";
    private EnumSet<FeedFormat> formats = EnumSet.of(FeedFormat.RSS);
    private int maxUrls = SitemapWriter.MAX_URLS;
    private boolean gzip;
    private boolean images = true;
    private List<String> languages = List.of();
    private String defaultLanguage;
    private List<String> sitemapExcludes = List.of();
    private boolean scanOutput;
    private List<String> additionalUrls = List.of();
    private TrailingSlash trailingSlash = TrailingSlash.KEEP;
    private boolean robotsTxt;
    private String robotsRules;

    private Path content() {
        return project.resolve("content");
    }

    private Path output() {
        return project.resolve("target/site");
    }

    private void page(String relativePath, String text) throws IOException {
        write(content().resolve(relativePath), text);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private SiteConfig config() {
        ChannelSettings channel = new ChannelSettings("Example", "News", "en", null, null, null, null, null, null, null, null, null);
        FeedOptions feedOptions = new FeedOptions(formats, null, null, ContentMode.SUMMARY, false, null, null,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, null, false);
        SitemapOptions sitemapOptions = new SitemapOptions(maxUrls, SitemapWriter.MAX_BYTES, gzip, images, languages,
                defaultLanguage, sitemapExcludes, scanOutput, additionalUrls, trailingSlash, robotsTxt, robotsRules);
        return SiteConfig.builder(SiteUrl.parse(siteUrl), content(), output(), channel)
                .permalink(permalink)
                .displayDirectory(project)
                .feedLimit(0)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.of(Instant.parse("2024-06-01T00:00:00Z")))
                .buildStart(BUILD_START)
                .feedOptions(feedOptions)
                .writeSitemap(true)
                .sitemapOptions(sitemapOptions)
                .build();
    }

    private GenerationResult generate() throws Exception {
        return new Generator(config(), log).generate();
    }

    private ContentException generateExpectingContentErrors() {
        return catchThrowableOfType(ContentException.class, this::generate);
    }

    private Document parse(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(output().resolve(file).toFile());
    }

    private static List<String> xpathList(Document document, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NAMESPACES);
        List<String> values = new ArrayList<>();
        engine.selectNodes(expression, new DOMSource(document)).forEach(node -> values.add(node.getTextContent()));
        return values;
    }

    private List<String> sitemapLocations() throws Exception {
        return xpathList(parse("sitemap.xml"), "/s:urlset/s:url/s:loc");
    }

    /** Returns the alternates of one URL as {@code hreflang=href}, in document order. */
    private List<String> alternates(String location) throws Exception {
        Document sitemap = parse("sitemap.xml");
        List<String> hreflangs = xpathList(sitemap, "/s:urlset/s:url[s:loc='" + location + "']/xhtml:link/@hreflang");
        List<String> hrefs = xpathList(sitemap, "/s:urlset/s:url[s:loc='" + location + "']/xhtml:link/@href");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < hreflangs.size(); i++) {
            pairs.add(hreflangs.get(i) + "=" + hrefs.get(i));
        }
        return pairs;
    }

    private List<String> imagesOf(String location) throws Exception {
        return xpathList(parse("sitemap.xml"), "/s:urlset/s:url[s:loc='" + location + "']/image:image/image:loc");
    }

    private List<String> rssLinks() throws Exception {
        return xpathList(parse("rss.xml"), "/rss/channel/item/link");
    }

    private List<String> filesUnderOutput() throws IOException {
        try (Stream<Path> files = Files.walk(output())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> output().relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private List<String> warnings() {
        return logLines.stream().filter(line -> line.startsWith("WARN ")).toList();
    }

    private void createTranslatedSite() throws IOException {
        page("en/about.md", "---\ntitle: About\n---\nAbout us.\n");
        page("fr/about.md", "---\ntitle: À propos\n---\nQui sommes-nous.\n");
        page("en/guide/install.md", "---\ntitle: Install\n---\nSteps.\n");
        page("fr/guide/install.md", "---\ntitle: Installer\n---\nÉtapes.\n");
        page("en/only-english.md", "---\ntitle: Only English\n---\nNo translation.\n");
    }

    // Languages and translations

    @Test
    void languageFolders_alternatesOnEveryMember() throws Exception {
        createTranslatedSite();
        languages = List.of("en", "fr");
        defaultLanguage = "en";

        generate();

        List<String> expected = List.of(
                "en=https://example.org/en/about.html",
                "fr=https://example.org/fr/about.html",
                "x-default=https://example.org/en/about.html");
        assertThat(alternates("https://example.org/en/about.html")).containsExactlyElementsOf(expected);
        assertThat(alternates("https://example.org/fr/about.html")).containsExactlyElementsOf(expected);
    }

    @Test
    void languageFolders_nestedPathsPaired() throws Exception {
        createTranslatedSite();
        languages = List.of("en", "fr");

        generate();

        assertThat(alternates("https://example.org/fr/guide/install.html")).containsExactly(
                "en=https://example.org/en/guide/install.html",
                "fr=https://example.org/fr/guide/install.html");
    }

    @Test
    void languageFolders_noDefaultLanguage_noXDefault() throws Exception {
        createTranslatedSite();
        languages = List.of("en", "fr");

        generate();

        assertThat(alternates("https://example.org/en/about.html")).noneMatch(pair -> pair.startsWith("x-default="));
    }

    @Test
    void languageFolders_untranslatedPage_noAlternates() throws Exception {
        createTranslatedSite();
        languages = List.of("en", "fr");
        defaultLanguage = "en";

        generate();

        assertThat(alternates("https://example.org/en/only-english.html")).isEmpty();
    }

    @Test
    void languageFolders_noDoubledLocaleSegment() throws Exception {
        createTranslatedSite();
        languages = List.of("en", "fr");
        permalink = "/{path}/";

        generate();

        List<String> locations = sitemapLocations();
        assertThat(locations).contains("https://example.org/en/about/", "https://example.org/fr/about/");
        assertThat(locations).noneMatch(url -> url.contains("/en/en/"));
        assertThat(locations).noneMatch(url -> url.contains("/fr/fr/"));
        assertThat(String.join(" ", alternates("https://example.org/fr/about/"))).doesNotContain("/fr/fr/", "/en/en/");
    }

    @Test
    void languageFoldersNotConfigured_noAlternates() throws Exception {
        createTranslatedSite();

        generate();

        assertThat(xpathList(parse("sitemap.xml"), "//xhtml:link")).isEmpty();
    }

    @Test
    void frontMatterTranslations_alternates() throws Exception {
        page("home.md", "---\ntitle: Home\nlang: en\ntranslationKey: home\n---\n");
        page("accueil.md", "---\ntitle: Accueil\nlanguage: fr_FR\ntranslation_key: home\n---\n");
        defaultLanguage = "en";

        generate();

        assertThat(alternates("https://example.org/accueil.html")).containsExactly(
                "en=https://example.org/home.html",
                "fr-FR=https://example.org/accueil.html",
                "x-default=https://example.org/home.html");
    }

    @Test
    void frontMatterTranslation_joinsLanguageFolderPage() throws Exception {
        page("en/contact.md", "---\ntitle: Contact\n---\n");
        page("kontakt.md", "---\ntitle: Kontakt\nlang: de\ntranslationKey: contact\n---\n");
        languages = List.of("en");

        generate();

        assertThat(alternates("https://example.org/kontakt.html")).containsExactly(
                "de=https://example.org/kontakt.html",
                "en=https://example.org/en/contact.html");
    }

    @Test
    void duplicateTranslation_errorNamesBoth() throws Exception {
        page("en/about.md", "---\ntitle: About\n---\n");
        page("about-us.md", "---\ntitle: About us\nlang: en\ntranslationKey: about\n---\n");
        languages = List.of("en", "fr");

        ContentException error = generateExpectingContentErrors();

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("about-us.md");
        assertThat(error.getMessage()).contains("en/about.md");
        assertThat(error.getMessage()).contains("'en'");
        assertThat(output()).doesNotExist();
    }

    // Additional URLs

    @Test
    void additionalUrls_relativeAndAbsolute_listed() throws Exception {
        page("about.md", "# About\n");
        additionalUrls = List.of("/downloads/", "files/app 1.zip", "https://example.org/api/index.html");

        generate();

        assertThat(sitemapLocations()).containsExactly(
                "https://example.org/about.html",
                "https://example.org/api/index.html",
                "https://example.org/downloads/",
                "https://example.org/files/app%201.zip");
    }

    @Test
    void additionalUrls_trailingSlashRuleApplied() throws Exception {
        page("about.md", "# About\n");
        additionalUrls = List.of("downloads");
        trailingSlash = TrailingSlash.ALWAYS;

        generate();

        assertThat(sitemapLocations()).contains("https://example.org/downloads/");
    }

    @Test
    void additionalUrl_sameAsPage_errorNamesPage() throws Exception {
        page("news/release.md", "# Release\n");
        additionalUrls = List.of("news/release.html");

        ContentException error = generateExpectingContentErrors();

        assertThat(error).isNotNull();
        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0).file()).isEqualTo("news/release.md");
        assertThat(error.getMessage()).contains("https://example.org/news/release.html");
        assertThat(error.getMessage()).contains("<additionalUrls>");
    }

    @Test
    void additionalUrl_absoluteSameAsPage_error() throws Exception {
        page("about.md", "# About\n");
        additionalUrls = List.of("https://example.org/about.html");

        ContentException error = generateExpectingContentErrors();

        assertThat(error).isNotNull();
        assertThat(error.problems().get(0).file()).isEqualTo("about.md");
    }

    @Test
    void additionalUrl_notHttp_error() throws Exception {
        page("about.md", "# About\n");
        additionalUrls = List.of("ftp://example.org/file.zip");

        ContentException error = generateExpectingContentErrors();

        assertThat(error).isNotNull();
        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0).file()).isEqualTo("<additionalUrls>");
        assertThat(error.getMessage()).contains("'ftp://example.org/file.zip'");
    }

    @Test
    void additionalUrl_invalidSyntax_error() throws Exception {
        page("about.md", "# About\n");
        additionalUrls = List.of("https://exa mple.org/[x");

        ContentException error = generateExpectingContentErrors();

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("invalid URL 'https://exa mple.org/[x'");
    }

    // What the sitemap leaves out

    @Test
    void exclusions_leftOutOfSitemapButInFeed() throws Exception {
        page("posts/2024-01-01-listed.md", "---\ntitle: Listed\n---\n");
        page("posts/2024-01-02-noindex.md", "---\ntitle: Noindex\nnoindex: true\n---\n");
        page("posts/2024-01-03-robots.md", "---\ntitle: Robots\nrobots: \"noindex, follow\"\n---\n");
        page("posts/2024-01-04-hidden.md", "---\ntitle: Hidden\nsitemap: false\n---\n");
        page("legal/2024-01-05-terms.md", "---\ntitle: Terms\n---\n");
        page("404.md", "---\ntitle: Not found\ndate: 2024-01-06\n---\n");
        sitemapExcludes = List.of("legal/**");

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/posts/2024-01-01-listed.html");
        assertThat(rssLinks()).containsExactlyInAnyOrder(
                "https://example.org/posts/2024-01-01-listed.html",
                "https://example.org/posts/2024-01-02-noindex.html",
                "https://example.org/posts/2024-01-03-robots.html",
                "https://example.org/posts/2024-01-04-hidden.html",
                "https://example.org/legal/2024-01-05-terms.html",
                "https://example.org/404.html");
    }

    @Test
    void sitemapExcludes_antStyleGlobs() throws Exception {
        page("about.md", "# About\n");
        page("private.md", "# Private\n");
        page("team/private.md", "# Team private\n");
        page("archive/2019/old.md", "# Old\n");
        sitemapExcludes = List.of("**/private.md", "archive/");

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/about.html");
    }

    @Test
    void exclusions_nested404_leftOut() throws Exception {
        page("about.md", "# About\n");
        page("docs/404.md", "# Not found\n");

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/about.html");
    }

    @Test
    void exclusions_draftAndScheduled_leftOut() throws Exception {
        page("about.md", "# About\n");
        page("draft.md", "---\ntitle: Draft\ndraft: true\n---\n");
        page("later.md", "---\ntitle: Later\ndate: 2030-01-01\n---\n");

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/about.html");
    }

    // Images

    private void createPagesWithImages() throws IOException {
        page("blog/launch/index.md", """
                ---
                title: Launch
                date: 2024-03-01
                image: cover.png
                ---
                ![Diagram](diagram.png "The diagram")

                <img src="/img/logo.png" alt="logo">

                ![Remote](https://cdn.example.net/photo.jpg)

                ![Dot](data:image/png;base64,iVBORw0KGgo=)

                ![Again](diagram.png)
                """);
        write(content().resolve("blog/launch/cover.png"), "png");
    }

    @Test
    void images_pageBundle_listedOnceAbsolute() throws Exception {
        createPagesWithImages();
        permalink = "/blog/{slug}/";

        generate();

        assertThat(imagesOf("https://example.org/blog/launch/")).containsExactlyInAnyOrder(
                "https://example.org/blog/launch/cover.png",
                "https://example.org/blog/launch/diagram.png",
                "https://example.org/img/logo.png",
                "https://cdn.example.net/photo.jpg");
    }

    @Test
    void images_dataUrl_skipped() throws Exception {
        createPagesWithImages();
        permalink = "/blog/{slug}/";

        generate();

        assertThat(imagesOf("https://example.org/blog/launch/")).noneMatch(url -> url.startsWith("data:"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void images_disabled_noneListed() throws Exception {
        createPagesWithImages();
        permalink = "/blog/{slug}/";
        images = false;

        generate();

        assertThat(xpathList(parse("sitemap.xml"), "//image:image")).isEmpty();
    }

    // robots.txt

    @Test
    void robotsTxt_defaultRules_sitemapLine() throws Exception {
        page("about.md", "# About\n");
        robotsTxt = true;

        generate();

        assertThat(Files.readString(output().resolve("robots.txt")))
                .isEqualTo("User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n");
        assertThat(logLines).contains("INFO Wrote robots.txt: " + Path.of("target", "site", "robots.txt"));
    }

    @Test
    void robotsTxt_split_pointsAtIndex() throws Exception {
        for (int i = 1; i <= 5; i++) {
            page("p" + i + ".md", "# Page " + i + "\n");
        }
        maxUrls = 2;
        gzip = true;
        robotsTxt = true;
        siteUrl = "https://example.org/docs";

        generate();

        assertThat(parse("sitemap.xml").getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(Files.readString(output().resolve("robots.txt")))
                .endsWith("\nSitemap: https://example.org/docs/sitemap.xml\n");
    }

    @Test
    void robotsTxt_hostLine_droppedWithWarning() throws Exception {
        page("about.md", "# About\n");
        robotsTxt = true;
        robotsRules = "User-agent: *\nDisallow: /drafts/\nHost: example.org\n";

        generate();

        assertThat(Files.readString(output().resolve("robots.txt")))
                .isEqualTo("User-agent: *\nDisallow: /drafts/\n\nSitemap: https://example.org/sitemap.xml\n");
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0)).contains("'Host: example.org'");
    }

    @Test
    void robotsTxt_ownFile_leftAlone() throws Exception {
        page("about.md", "# About\n");
        write(content().resolve("robots.txt"), "User-agent: *\nDisallow: /private/\n");
        robotsTxt = true;

        generate();

        assertThat(output().resolve("robots.txt")).doesNotExist();
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0)).contains("own robots.txt");
        assertThat(warnings().get(0)).contains("Sitemap: https://example.org/sitemap.xml");
    }

    @Test
    void robotsTxt_off_notWritten() throws Exception {
        page("about.md", "# About\n");

        generate();

        assertThat(output().resolve("robots.txt")).doesNotExist();
    }

    // Pages already in the output folder

    @Test
    void scanOutput_htmlFilesListed() throws Exception {
        page("news/release.md", "---\ntitle: Release\ndate: 2024-03-01\n---\n");
        write(output().resolve("index.html"), "<html><head><title>Home</title></head></html>");
        write(output().resolve("news/release.html"), "<html><head><title>Release</title></head></html>");
        write(output().resolve("apidocs/index.html"), "<html></html>");
        write(output().resolve("private.html"), "<html><head><meta name=\"robots\" content=\"noindex\"></head></html>");
        write(output().resolve("css/site.css"), "body {}");
        scanOutput = true;

        generate();

        assertThat(sitemapLocations()).containsExactly(
                "https://example.org/",
                "https://example.org/apidocs/",
                "https://example.org/news/release.html");
    }

    @Test
    void scanOutput_markdownPage_keepsDate() throws Exception {
        page("news/release.md", "---\ntitle: Release\ndate: 2024-03-01\n---\n");
        write(output().resolve("news/release.html"), "<html></html>");
        scanOutput = true;

        generate();

        assertThat(xpathList(parse("sitemap.xml"), "/s:urlset/s:url/s:lastmod")).containsExactly("2024-03-01T00:00:00Z");
    }

    @Test
    void scanOutput_off_htmlNotListed() throws Exception {
        page("about.md", "# About\n");
        write(output().resolve("guide.html"), "<html></html>");

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/about.html");
    }

    @Test
    void scanOutput_noindexMarkdownPageHtml_notListed() throws Exception {
        page("about.md", "# About\n");
        page("secret.md", "---\ntitle: Secret\nnoindex: true\n---\n");
        // maven-site-plugin renders secret.md without a robots meta element.
        write(output().resolve("secret.html"), "<html><head><title>Secret</title></head></html>");
        scanOutput = true;

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/about.html");
    }

    @Test
    void scanOutput_notFoundPage_notListed() throws Exception {
        page("about.md", "# About\n");
        write(output().resolve("404.html"), "<html><head><title>Not found</title></head></html>");
        scanOutput = true;

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/about.html");
    }

    // Splitting across builds

    @Test
    void split_logsIndexLine() throws Exception {
        for (int i = 1; i <= 5; i++) {
            page("p" + i + ".md", "# Page " + i + "\n");
        }
        maxUrls = 2;

        GenerationResult result = generate();

        assertThat(result.sitemapUrls()).isEqualTo(5);
        assertThat(logLines).contains("INFO Wrote sitemap index of 3 files with 5 URLs: "
                + Path.of("target", "site", "sitemap.xml"));
        assertThat(filesUnderOutput()).containsExactly("rss.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
    }

    @Test
    void splitThenSingle_numberedFilesDeleted() throws Exception {
        for (int i = 1; i <= 5; i++) {
            page("p" + i + ".md", "# Page " + i + "\n");
        }
        maxUrls = 2;
        gzip = true;
        generate();
        logLines.clear();

        maxUrls = SitemapWriter.MAX_URLS;
        gzip = false;
        generate();

        assertThat(filesUnderOutput()).containsExactly("rss.xml", "sitemap.xml");
        assertThat(parse("sitemap.xml").getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(logLines).contains("INFO Deleted " + Path.of("target", "site", "sitemap-3.xml.gz") + " from an earlier build");
        assertThat(logLines).contains("INFO Wrote sitemap with 5 URLs: " + Path.of("target", "site", "sitemap.xml"));
    }

    @Test
    void splitTwice_secondRunUnchanged() throws Exception {
        for (int i = 1; i <= 5; i++) {
            page("p" + i + ".md", "# Page " + i + "\n");
        }
        maxUrls = 2;
        gzip = true;
        generate();
        logLines.clear();

        generate();

        assertThat(logLines).contains("INFO Unchanged sitemap index of 3 files with 5 URLs: "
                + Path.of("target", "site", "sitemap.xml"));
        assertThat(logLines).noneMatch(line -> line.startsWith("INFO Deleted"));
    }

    // Trailing slash

    @Test
    void trailingSlashAlways_feedAndSitemapAgree() throws Exception {
        page("posts/2024-03-01-first.md", "---\ntitle: First\n---\n");
        page("posts/2024-03-02-second.md", "---\ntitle: Second\n---\n");
        permalink = "/posts/{slug}";
        trailingSlash = TrailingSlash.ALWAYS;
        formats = EnumSet.allOf(FeedFormat.class);

        generate();

        List<String> expected = List.of("https://example.org/posts/first/", "https://example.org/posts/second/");
        assertThat(sitemapLocations()).containsExactlyElementsOf(expected);
        assertThat(rssLinks()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(xpathList(parse("atom.xml"), "/atom:feed/atom:entry/atom:link[@rel='alternate']/@href"))
                .containsExactlyInAnyOrderElementsOf(expected);
        String json = Files.readString(output().resolve("feed.json"));
        assertThat(json).contains("\"https://example.org/posts/first/\"");
        assertThat(json).doesNotContain("\"https://example.org/posts/first\"");
    }

    @Test
    void trailingSlashNever_feedAndSitemapAgree() throws Exception {
        page("posts/2024-03-01-first.md", "---\ntitle: First\n---\n");
        permalink = "/posts/{slug}/";
        trailingSlash = TrailingSlash.NEVER;

        generate();

        assertThat(sitemapLocations()).containsExactly("https://example.org/posts/first");
        assertThat(rssLinks()).containsExactly("https://example.org/posts/first");
    }
}
