package io.github.markfeed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPagesTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/docs/");

    @TempDir
    Path output;

    private void file(String relativePath, String text) throws IOException {
        Path file = output.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> scan(TrailingSlash rule) throws IOException {
        return OutputPages.scan(output, SITE, rule).stream().map(SitemapEntry::location).toList();
    }

    @Test
    void scan_indexHtml_folderUrl() throws IOException {
        file("index.html", "<html></html>");
        file("guide/index.html", "<html></html>");

        assertThat(scan(TrailingSlash.KEEP)).containsExactly("https://example.org/docs/", "https://example.org/docs/guide/");
    }

    @Test
    void scan_nestedFilesAndHtm_sortedByUrl() throws IOException {
        file("b.html", "<p>b</p>");
        file("a/deep/page.html", "<p>a</p>");
        file("old/page.htm", "<p>old</p>");
        file("UPPER.HTML", "<p>upper</p>");

        assertThat(scan(TrailingSlash.KEEP)).containsExactly(
                "https://example.org/docs/UPPER.HTML",
                "https://example.org/docs/a/deep/page.html",
                "https://example.org/docs/b.html",
                "https://example.org/docs/old/page.htm");
    }

    @Test
    void scan_otherFilesAndHiddenTemporaries_ignored() throws IOException {
        file("page.html", "<p>page</p>");
        file(".page.html.1x2y3z.tmp", "<p>staged</p>");
        file(".hidden.html", "<p>hidden</p>");
        file("rss.xml", "<rss/>");
        file("css/site.css", "body {}");

        assertThat(scan(TrailingSlash.KEEP)).containsExactly("https://example.org/docs/page.html");
    }

    @Test
    void scan_robotsNoindexNameFirst_skipped() throws IOException {
        file("secret.html", "<html><head><meta name=\"robots\" content=\"noindex, nofollow\"></head></html>");
        file("open.html", "<html><head><meta name=\"robots\" content=\"index, follow\"></head></html>");

        assertThat(scan(TrailingSlash.KEEP)).containsExactly("https://example.org/docs/open.html");
    }

    @Test
    void scan_robotsNoindexContentFirst_skipped() throws IOException {
        file("secret.html", "<html><head><META CONTENT='NOINDEX' NAME='ROBOTS'/></head></html>");

        assertThat(scan(TrailingSlash.KEEP)).isEmpty();
    }

    @Test
    void scan_unquotedRobotsName_skipped() throws IOException {
        file("secret.html", "<meta name=robots content=\"noindex\">");

        assertThat(scan(TrailingSlash.KEEP)).isEmpty();
    }

    @Test
    void scan_otherMetaWithNoindexWord_kept() throws IOException {
        file("page.html", "<meta name=\"description\" content=\"How noindex works\">");

        assertThat(scan(TrailingSlash.KEEP)).containsExactly("https://example.org/docs/page.html");
    }

    @Test
    void scan_trailingSlashNever_folderUrlWithoutSlash() throws IOException {
        file("index.html", "<p>home</p>");
        file("guide/index.html", "<p>guide</p>");
        file("guide/install.html", "<p>install</p>");

        assertThat(scan(TrailingSlash.NEVER)).containsExactly(
                "https://example.org/docs/", "https://example.org/docs/guide", "https://example.org/docs/guide/install.html");
    }

    @Test
    void scan_nonAsciiName_percentEncoded() throws IOException {
        file("привет.html", "<p>hi</p>");

        assertThat(scan(TrailingSlash.KEEP)).containsExactly("https://example.org/docs/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82.html");
    }

    @Test
    void scan_missingFolder_empty() throws IOException {
        assertThat(OutputPages.scan(output.resolve("absent"), SITE, TrailingSlash.KEEP)).isEmpty();
    }

    @Test
    void scan_entries_haveNoDate() throws IOException {
        file("page.html", "<p>page</p>");

        assertThat(OutputPages.scan(output, SITE, TrailingSlash.KEEP).get(0).lastModified()).isNull();
    }
}
