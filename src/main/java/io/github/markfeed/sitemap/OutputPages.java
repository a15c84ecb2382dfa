package io.github.markfeed.sitemap;

import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the HTML pages another tool already wrote into the output folder (maven-site-plugin,
 * Javadoc, a static site generator), so that the sitemap can list a whole site.
 */
public final class OutputPages {

    /** Bytes read from the start of each page to look for a robots meta element. */
    private static final int HEAD_BYTES = 16 * 1024;

    private static final Pattern NOINDEX_NAME_FIRST = Pattern.compile(
            "<meta\\s[^>]*name\\s*=\\s*[\"']?robots[\"']?[^>]*content\\s*=\\s*[\"'][^\"']*noindex", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOINDEX_CONTENT_FIRST = Pattern.compile(
            "<meta\\s[^>]*content\\s*=\\s*[\"'][^\"']*noindex[^\"']*[\"'][^>]*name\\s*=\\s*[\"']?robots", Pattern.CASE_INSENSITIVE);

    private OutputPages() {}

    /**
     * Lists the {@code .html} and {@code .htm} files under a folder as sitemap entries without a
     * date, leaving out 404 pages and pages whose robots meta element says {@code noindex}. A file named
     * {@code index.html} stands for its folder's URL.
     *
     * @return the entries, sorted by URL
     */
    public static List<SitemapEntry> scan(Path outputDirectory, SiteUrl siteUrl, TrailingSlash trailingSlash)
            throws IOException {
        List<SitemapEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(outputDirectory)) {
            return entries;
        }
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                boolean notFoundPage = lower.equals("404.html") || lower.equals("404.htm");
                if (name.startsWith(".") || !(lower.endsWith(".html") || lower.endsWith(".htm")) || notFoundPage
                        || isNoindex(file)) {
                    continue;
                }
                String relative = outputDirectory.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.")) {
                    // Hidden folders hold tool state, such as .git, not pages.
                    continue;
                }
                String path = lower.equals("index.html") || lower.equals("index.htm")
                        ? relative.substring(0, relative.length() - name.length())
                        : relative;
                // NOTE: these pages get no lastmod: their sources are not known here.
                entries.add(new SitemapEntry(siteUrl.pageUrl(trailingSlash.apply(path)), null));
            }
        }
        entries.sort((a, b) -> a.location().compareTo(b.location()));
        return entries;
    }

    private static boolean isNoindex(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return NOINDEX_NAME_FIRST.matcher(text).find() || NOINDEX_CONTENT_FIRST.matcher(text).find();
    }
}
