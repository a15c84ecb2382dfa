package io.github.markfeed.check;

import static io.github.markfeed.check.Samples.SITEMAP;
import static io.github.markfeed.check.Samples.SITEMAP_INDEX;
import static io.github.markfeed.check.Samples.check;
import static io.github.markfeed.check.Samples.replace;
import static io.github.markfeed.check.Samples.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapCheckerTest {

    @TempDir
    Path folder;

    private List<Finding> checkSitemap(String text) throws Exception {
        return check(folder, "sitemap.xml", text);
    }

    @Test
    void validSample_noFindings() throws Exception {
        assertThat(checkSitemap(SITEMAP)).isEmpty();
    }

    @Test
    void validIndex_noFindings() throws Exception {
        assertThat(checkSitemap(SITEMAP_INDEX)).isEmpty();
    }

    @Test
    void badChangefreq_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "weekly", "now and then"));

        assertThat(rules(findings)).containsExactly("sitemap.changefreq.value");
        assertThat(findings.get(0).location()).isEqualTo("/urlset/url[1]/changefreq");
    }

    @Test
    void badLastmod_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "<lastmod>2025-03-01</lastmod>", "<lastmod>01/03/2025</lastmod>"));

        assertThat(rules(findings)).containsExactly("sitemap.lastmod.format");
    }

    @Test
    void duplicateLoc_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "https://harbour.example.net/tides/?year=2025&amp;season=spring",
                "https://harbour.example.net/"));

        assertThat(rules(findings)).containsExactly("sitemap.loc.duplicate");
        assertThat(findings.get(0).location()).isEqualTo("/urlset/url[2]/loc");
    }

    @Test
    void extensionBeforeLastmod_reported() throws Exception {
        String text = replace(SITEMAP, "<lastmod>2025-03-01</lastmod>", "");
        text = replace(text, "<changefreq>weekly</changefreq>", "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://harbour.example.net/fr/\"/>"
                + "<lastmod>2025-03-01</lastmod><changefreq>weekly</changefreq>");

        List<Finding> findings = checkSitemap(text);

        assertThat(rules(findings)).containsExactly("sitemap.url.order");
        assertThat(findings.get(0).location()).isEqualTo("/urlset/url[1]/lastmod");
    }

    @Test
    void javaLocaleHreflang_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "hreflang=\"en-GB\"", "hreflang=\"en_GB\""));

        assertThat(rules(findings)).containsExactly("sitemap.hreflang.tag");
        assertThat(findings.get(0).location()).isEqualTo("/urlset/url[1]/xhtml:link[1]/@hreflang");
    }

    @Test
    void priorityOutOfRange_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "<priority>0.5</priority>", "<priority>1.5</priority>"));

        assertThat(rules(findings)).containsExactly("sitemap.priority.range");
    }

    @Test
    void relativeHreflangHref_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "hreflang=\"en-GB\" href=\"https://harbour.example.net/\"",
                "hreflang=\"en-GB\" href=\"/en/\""));

        assertThat(rules(findings)).containsExactly("sitemap.hreflang.href.absolute");
    }

    @Test
    void relativeLoc_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "<loc>https://harbour.example.net/</loc>", "<loc>/</loc>"));

        assertThat(rules(findings)).containsExactly("sitemap.loc.absolute");
    }

    @Test
    void unescapedAmpersand_notWellFormed() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "&amp;season", "&season"));

        assertThat(rules(findings)).containsExactly("xml.well-formed");
        assertThat(findings.get(0).location()).startsWith("14:");
    }

    @Test
    void wrongImageNamespace_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP, "sitemap-image/1.1", "sitemap-image/1.0"));

        assertThat(rules(findings)).containsExactly("sitemap.extension.namespace");
        assertThat(findings.get(0).message()).contains("sitemap-image/1.1");
    }

    @Test
    void indexRelativeLoc_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP_INDEX, "https://harbour.example.net/sitemap-2.xml", "sitemap-2.xml"));

        assertThat(rules(findings)).containsExactly("sitemapindex.loc.absolute");
        assertThat(findings.get(0).location()).isEqualTo("/sitemapindex/sitemap[2]/loc");
    }

    @Test
    void indexWithUrl_reported() throws Exception {
        List<Finding> findings = checkSitemap(replace(SITEMAP_INDEX, "<sitemap>\n    <loc>https://harbour.example.net/sitemap-2.xml</loc>\n  </sitemap>",
                "<url><loc>https://harbour.example.net/sitemap-2.xml</loc></url>"));

        assertThat(rules(findings)).containsExactly("sitemapindex.child");
        assertThat(findings.get(0).location()).isEqualTo("/sitemapindex/url");
    }

    @Test
    void locOutsideSite_reported() throws Exception {
        List<Finding> findings = check(folder, "sitemap.xml", SITEMAP, "https://harbour.example.net/tides");

        assertThat(rules(findings)).containsExactly("sitemap.loc.site");
        assertThat(findings.get(0).location()).isEqualTo("/urlset/url[1]/loc");
    }

    @Test
    void locUnderSite_accepted() throws Exception {
        assertThat(check(folder, "sitemap.xml", SITEMAP, "https://HARBOUR.example.net")).isEmpty();
    }

    @Test
    void tooManyUrls_reported() throws Exception {
        StringBuilder text = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i <= SitemapChecker.MAX_URLS; i++) {
            text.append("<url><loc>https://harbour.example.net/p").append(i).append("</loc></url>");
        }
        text.append("</urlset>");

        List<Finding> findings = checkSitemap(text.toString());

        assertThat(rules(findings)).containsExactly("sitemap.urls.limit");
        assertThat(findings.get(0).message()).contains("50001");
    }

    @Test
    void tooLarge_reported() throws Exception {
        StringBuilder text = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        text.append("<url><loc>https://harbour.example.net/</loc></url>");
        text.append(" ".repeat((int) SitemapChecker.MAX_BYTES));
        text.append("</urlset>");

        List<Finding> findings = checkSitemap(text.toString());

        assertThat(rules(findings)).containsExactly("sitemap.size.limit");
    }

    @Test
    void gzipSitemap_decompressed() throws Exception {
        Path file = folder.resolve("sitemap.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(replace(SITEMAP, "weekly", "sometimes").getBytes(StandardCharsets.UTF_8));
        }

        FeedChecker.Result result = new FeedChecker(folder).checkFile(file, "sitemap.xml.gz", null);

        assertThat(result.kind()).isEqualTo(FeedChecker.Kind.SITEMAP);
        assertThat(rules(result.findings())).containsExactly("sitemap.changefreq.value");
    }

    @Test
    void manyFindings_cappedPerRule() throws Exception {
        StringBuilder text = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 30; i++) {
            text.append("<url><loc>/p").append(i).append("</loc></url>");
        }
        text.append("</urlset>");

        List<Finding> findings = checkSitemap(text.toString());

        assertThat(findings).hasSize(Findings.MAX_PER_RULE + 1);
        assertThat(findings.get(Findings.MAX_PER_RULE).message()).startsWith("10 more findings");
    }

    @Test
    void stylesheet_skipped() throws Exception {
        Path file = folder.resolve("rss.xsl");
        Files.writeString(file, "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>");

        FeedChecker.Result result = new FeedChecker(folder).checkFile(file, "rss.xsl", null);

        assertThat(result.kind()).isEqualTo(FeedChecker.Kind.UNKNOWN);
    }
}
