package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.check.FeedChecker;
import io.github.markfeed.check.Finding;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's safeguards: the output check before commit, failOnWarning and the page size limit. */
class OutputValidationTest {

    private static final Instant BUILD_START = Instant.parse("2025-06-01T00:00:00Z");

    @TempDir
    Path work;

    private final List<String> warnings = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    @BeforeEach
    void writePages() throws IOException {
        page("news/2025-03-01-spring-tides.md", "---\ntitle: Spring tides\ntags: [tides, harbour]\n"
                + "description: Higher water this week\n---\nThe **tides** are high.\n");
        page("news/2025-04-02-ferry.md", "---\ntitle: Ferry & bus times\nlang: en\nimage: https://cdn.example.net/ferry.png\n"
                + "---\n# Ferry\n\nBoats leave at <b>nine</b>.\n");
        page("about.md", "# About the harbour\n\nAn undated page.\n");
    }

    private void page(String path, String text) throws IOException {
        Path file = work.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private SiteConfig config(List<String> additionalUrls, CheckOptions checks) {
        ChannelSettings channel = new ChannelSettings("Harbour notes", "News from the harbour", "en_GB".replace('_', '-'),
                null, null, null, null, null, null, "Ada Quay", null, null);
        FeedOptions feedOptions = new FeedOptions(null, "atom.xml", "feed.json", null, true, List.of(), null,
                FeedOptions.DEFAULT_WORDS_PER_MINUTE, null, null, false);
        SitemapOptions sitemap = new SitemapOptions(50_000, 50L * 1024 * 1024, true, true, null, null, null, false,
                additionalUrls, TrailingSlash.KEEP, true, null);
        return SiteConfig.builder(
                        SiteUrl.parse("https://harbour.example.net/notes/"),
                        work.resolve("content"),
                        work.resolve("site"),
                        channel)
                .includes(List.of())
                .excludes(List.of())
                .permalink("/{slug}/")
                .displayDirectory(work)
                .feedLimit(20)
                .rssFile("rss.xml")
                .sitemapFile("sitemap.xml")
                .includeFuture(false)
                .buildTimestamp(Optional.empty())
                .buildStart(BUILD_START)
                .feedOptions(feedOptions)
                .writeSitemap(true)
                .sitemapOptions(sitemap)
                .dateOptions(DateOptions.defaults())
                .changelog(ChangelogOptions.none())
                .checks(checks)
                .build();
    }

    private List<Path> outputFiles() throws IOException {
        Path site = work.resolve("site");
        if (!Files.exists(site)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void generatedOutput_passesChecker() throws Exception {
        new Generator(config(List.of(), CheckOptions.defaults()), log).generate();

        FeedChecker checker = new FeedChecker(work.resolve("site"));
        List<Finding> findings = new ArrayList<>();
        int feeds = 0;
        for (Path file : outputFiles()) {
            FeedChecker.Result result = checker.checkFile(file, file.getFileName().toString(), "https://harbour.example.net/notes/");
            findings.addAll(result.findings());
            feeds += result.kind() == FeedChecker.Kind.UNKNOWN ? 0 : 1;
        }
        assertThat(findings).isEmpty();
        assertThat(feeds).isEqualTo(11);
    }

    @Test
    void invalidOutput_nothingWritten() throws Exception {
        SiteConfig config = config(List.of("https://elsewhere.example.org/page/"), CheckOptions.defaults());

        ContentException error = catchThrowableOfType(ContentException.class, () -> new Generator(config, log).generate());

        assertThat(error.problems()).hasSize(2);
        assertThat(error.problems().get(0).toString()).startsWith("site/sitemap.xml:/urlset/url[1]/loc: ");
        assertThat(error.problems().get(1).toString()).startsWith("site/sitemap.xml.gz:/urlset/url[1]/loc: ");
        assertThat(error.problems().get(0).toString()).contains("[sitemap.loc.site]");
        assertThat(error.problems().get(0).toString()).contains("https://elsewhere.example.org/page/");
        assertThat(outputFiles()).isEmpty();
        assertThat(warnings).anyMatch(line -> line.contains("no file was written"));
    }

    @Test
    void validateOff_writesAnyway() throws Exception {
        SiteConfig config = config(List.of("https://elsewhere.example.org/page/"), new CheckOptions(false, false, 1 << 20));

        new Generator(config, log).generate();

        assertThat(outputFiles()).extracting(file -> file.getFileName().toString()).contains("sitemap.xml.gz");
        assertThat(Files.readString(work.resolve("site/sitemap.xml"))).contains("https://elsewhere.example.org/page/");
    }

    @Test
    void failOnWarning_failsBeforeWriting() throws Exception {
        page("news/2025-05-01-bell.md", "---\ntitle: Bell\u0007 rings\n---\nText.\n");
        SiteConfig config = config(List.of(), new CheckOptions(true, true, 1 << 20));

        ContentException error = catchThrowableOfType(ContentException.class, () -> new Generator(config, log).generate());

        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0).file()).isEqualTo("news/2025-05-01-bell.md");
        assertThat(error.problems().get(0).message()).contains("<failOnWarning>");
        assertThat(outputFiles()).isEmpty();
    }

    @Test
    void warningsAllowed_byDefault() throws Exception {
        page("news/2025-05-01-bell.md", "---\ntitle: Bell\u0007 rings\n---\nText.\n");

        new Generator(config(List.of(), CheckOptions.defaults()), log).generate();

        assertThat(warnings).anyMatch(line -> line.startsWith("news/2025-05-01-bell.md"));
        assertThat(Files.readString(work.resolve("site/rss.xml"))).contains("Bell rings");
    }

    @Test
    void oversizedPage_contentError() throws Exception {
        page("news/2025-05-02-long.md", "---\ntitle: Long\n---\n" + "word ".repeat(1000));
        SiteConfig config = config(List.of(), new CheckOptions(true, false, 2048));

        ContentException error = catchThrowableOfType(ContentException.class, () -> new Generator(config, log).generate());

        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0).file()).isEqualTo("news/2025-05-02-long.md");
        assertThat(error.problems().get(0).message()).contains("5020 bytes");
        assertThat(error.problems().get(0).message()).contains("<maxPageSize>");
        assertThat(outputFiles()).isEmpty();
    }
}
