package io.github.markfeed.sitemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a robots.txt that points crawlers at the sitemap. */
public final class RobotsTxt {

    private RobotsTxt() {}

    /**
     * Builds the file's text.
     *
     * @param rules the site's rules, or {@code null} to allow every crawler everywhere
     * @param sitemapUrls absolute URLs for the {@code Sitemap:} lines
     * @param dropped receives each line left out: {@code Host:} lines, which no major crawler
     *     reads any longer, and {@code Sitemap:} lines, which markfeed writes itself
     */
    public static String build(String rules, List<String> sitemapUrls, List<String> dropped) {
        List<String> lines = new ArrayList<>();
        String text = rules == null || rules.isBlank() ? "User-agent: *\nDisallow:" : rules;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String stripped = line.strip();
            String lower = stripped.toLowerCase(Locale.ROOT);
            if (lower.startsWith("host:") || lower.startsWith("sitemap:")) {
                dropped.add(stripped);
                continue;
            }
            lines.add(stripped);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        if (!sitemapUrls.isEmpty()) {
            out.append('\n');
            for (String url : sitemapUrls) {
                out.append("Sitemap: ").append(url).append('\n');
            }
        }
        return out.toString();
    }
}
