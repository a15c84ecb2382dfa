package io.github.markfeed.core;

import io.github.markfeed.content.Globs;
import io.github.markfeed.feed.FeaturedImages;
import io.github.markfeed.page.Page;
import io.github.markfeed.sitemap.SitemapEntry;
import io.github.markfeed.sitemap.SitemapEntry.Alternate;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.UrlEncoding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Decides which URLs the sitemap lists, with their images and language alternates. */
final class SitemapPlanner {

    private static final Set<String> NOT_FOUND_PAGES = Set.of("404.md", "404.markdown", "404.html");

    private final SiteConfig config;
    private final FeaturedImages featuredImages;
    private final Globs excludes;

    SitemapPlanner(SiteConfig config) {
        this.config = config;
        this.featuredImages = new FeaturedImages(config.siteUrl(), config.contentDirectory());
        this.excludes = Globs.of(config.sitemapOptions().excludes());
    }

    /** Returns the sitemap's entries sorted by URL; reports duplicate URLs and translation conflicts. */
    List<SitemapEntry> entries(List<Page> published, ContentProblems problems) {
        List<Page> listed = published.stream().filter(this::isListed).toList();
        Map<Page, List<Alternate>> alternates = alternates(listed, problems);
        Map<String, String> sourceByUrl = new HashMap<>();
        List<SitemapEntry> entries = new ArrayList<>();
        for (Page page : listed) {
            sourceByUrl.put(page.url(), page.source().relativePath());
            Page.SitemapInfo info = page.sitemap();
            entries.add(new SitemapEntry(page.url(), page.lastModified(), info.changeFrequency(), info.priority(),
                    images(page, problems), alternates.getOrDefault(page, List.of())));
        }
        for (String additional : config.sitemapOptions().additionalUrls()) {
            String url = additionalUrl(additional, problems);
            if (url == null) {
                continue;
            }
            String earlier = sourceByUrl.putIfAbsent(url, "<additionalUrls>");
            if (earlier != null) {
                problems.error(ContentProblem.inFile(earlier, "the URL " + url + " is also listed in <additionalUrls> as '"
                        + additional + "'; remove one of them"));
                continue;
            }
            entries.add(new SitemapEntry(url, null));
        }
        entries.sort(Comparator.comparing(SitemapEntry::location));
        return entries;
    }

    private boolean isListed(Page page) {
        if (!page.inSitemap() || page.sitemap().noindex()) {
            return false;
        }
        String source = page.source().relativePath();
        String name = source.substring(source.lastIndexOf('/') + 1);
        if (NOT_FOUND_PAGES.contains(name)) {
            return false;
        }
        return !excludes.matches(source);
    }

    private List<String> images(Page page, ContentProblems problems) {
        if (!config.sitemapOptions().images()) {
            return List.of();
        }
        Set<String> images = new LinkedHashSet<>();
        String folder = page.source().relativeFolder();
        if (page.image() != null) {
            try {
                images.add(featuredImages.resolve(page.image(), page.url(), folder).url());
            } catch (IllegalArgumentException e) {
                // The feed reports an invalid featured image; the sitemap just leaves it out.
            }
        }
        for (String reference : page.sitemap().images()) {
            if (reference.startsWith("data:")) {
                continue;
            }
            try {
                String url = SiteUrl.resolve(page.url(), reference);
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    images.add(url);
                }
            } catch (IllegalArgumentException e) {
                problems.warning(ContentProblem.inFile(page.source().relativePath(),
                        "the image '" + reference + "' is not a valid URL; the sitemap leaves it out"));
            }
        }
        return List.copyOf(images);
    }

    /**
     * Groups pages by translation key and gives each page of a group an alternate per translation,
     * itself included, plus {@code x-default} for the default language's version.
     */
    private Map<Page, List<Alternate>> alternates(List<Page> pages, ContentProblems problems) {
        Map<String, Map<String, Page>> groups = new TreeMap<>();
        for (Page page : pages) {
            Page.SitemapInfo info = page.sitemap();
            if (info.language() == null || info.translationKey() == null) {
                continue;
            }
            Map<String, Page> group = groups.computeIfAbsent(info.translationKey(), key -> new TreeMap<>());
            Page earlier = group.putIfAbsent(info.language(), page);
            if (earlier != null) {
                problems.error(ContentProblem.inFile(page.source().relativePath(), "is a '" + info.language()
                        + "' translation of '" + info.translationKey() + "', and so is " + earlier.source().relativePath()
                        + "; give one of them another 'lang' or 'translationKey'"));
            }
        }
        String defaultLanguage = config.sitemapOptions().defaultLanguage();
        Map<Page, List<Alternate>> alternates = new HashMap<>();
        for (Map<String, Page> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Alternate> links = new ArrayList<>();
            for (Map.Entry<String, Page> translation : group.entrySet()) {
                links.add(new Alternate(translation.getKey(), translation.getValue().url()));
            }
            if (defaultLanguage != null && group.containsKey(defaultLanguage)) {
                links.add(new Alternate("x-default", group.get(defaultLanguage).url()));
            }
            for (Page page : group.values()) {
                alternates.put(page, links);
            }
        }
        return alternates;
    }

    private String additionalUrl(String value, ContentProblems problems) {
        String reference = value.strip();
        try {
            if (SiteUrl.hasScheme(reference)) {
                String url = SiteUrl.resolve(config.siteUrl().base(), reference);
                if (!url.startsWith("http://") && !url.startsWith("https://")) {
                    throw new IllegalArgumentException("not an http or https URL");
                }
                return url;
            }
            return config.siteUrl().pageUrl(config.sitemapOptions().trailingSlash().apply(
                    UrlEncoding.encodePath(reference.replaceAll("^/+", ""))));
        } catch (IllegalArgumentException e) {
            problems.error(ContentProblem.inFile("<additionalUrls>", "invalid URL '" + value + "' (" + e.getMessage()
                    + "); give an absolute http(s) URL or a path relative to <siteUrl>"));
            return null;
        }
    }
}
