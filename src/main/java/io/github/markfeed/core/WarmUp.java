package io.github.markfeed.core;

import io.github.markfeed.atom.AtomWriter;
import io.github.markfeed.check.FeedChecker;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.json.JsonFeedWriter;
import io.github.markfeed.page.Author;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.rss.RssWriter;
import io.github.markfeed.sitemap.SitemapEntry;
import io.github.markfeed.sitemap.SitemapWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loads and exercises the classes of the write phase (flexmark, jsoup, ROME, Jackson, the output
 * checks) on a tiny feed while the pages are read. On a cold JVM, loading and compiling those
 * classes takes longer than using them; the machines Maven runs on have a second core for it.
 * Nothing it does reaches the outputs.
 */
final class WarmUp {

    private WarmUp() {}

    /** Starts the warm-up on a background thread; failures are ignored, as they change nothing. */
    static CompletableFuture<Void> start() {
        return CompletableFuture.runAsync(() -> {
            try {
                run();
            } catch (IOException | RuntimeException e) {
                // The real run loads the same classes and reports any real problem.
            }
        });
    }

    private static void run() throws IOException {
        String html = new LinkRewriter(source -> null).rewrite(
                new MarkdownRenderer().render("# Title\n\nText with a [link](other.md) and ![image](a.png).\n\n| a |\n|---|\n| b |\n"),
                "https://example.org/a/",
                "",
                warning -> {});
        Instant date = Instant.parse("2024-01-01T00:00:00Z");
        FeedItem item = new FeedItem("Title", "https://example.org/a/", "https://example.org/a/", "Summary", html, date,
                null, List.of(new Author("Name", null)), List.of("tag"), null, 3, 1);
        FeedChannel channel = new FeedChannel("Site", "https://example.org/", "Description", null, null, null, null, null,
                null, null, null, "https://example.org/rss.xml", null, date, date, "0", List.of(new Author("Name", null)));
        Path folder = Files.createTempDirectory("markfeed-warm-up");
        try {
            FeedChecker checker = new FeedChecker(folder);
            writeAndCheck(folder.resolve("rss.xml"), checker, out -> new RssWriter().write(channel, List.of(item), out));
            writeAndCheck(folder.resolve("atom.xml"), checker, out -> new AtomWriter().write(channel, List.of(item), out));
            writeAndCheck(folder.resolve("feed.json"), checker, out -> new JsonFeedWriter().write(channel, List.of(item), out));
            writeAndCheck(folder.resolve("sitemap.xml"), checker, out -> {
                try (SitemapWriter writer = new SitemapWriter(out)) {
                    writer.add(new SitemapEntry("https://example.org/a/", date));
                }
            });
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static void writeAndCheck(Path file, FeedChecker checker, Content content) throws IOException {
        StringWriter out = new StringWriter();
        content.writeTo(out);
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        checker.check(file, "https://example.org/");
    }
}
