package io.github.markfeed.feed;

import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.UrlEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a page's featured image to an absolute URL, with its size when it is a local file and
 * its media type from the extension.
 */
public final class FeaturedImages {

    private static final Map<String, String> IMAGE_TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("jfif", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"));

    private final SiteUrl siteUrl;
    private final Path contentDirectory;

    public FeaturedImages(SiteUrl siteUrl, Path contentDirectory) {
        this.siteUrl = siteUrl;
        this.contentDirectory = contentDirectory;
    }

    /**
     * Resolves an image reference from front matter.
     *
     * @param reference absolute URL, path relative to the site root ({@code /img/a.png}), or path
     *     relative to the page ({@code cover.png})
     * @param pageUrl absolute URL of the page
     * @param sourceFolder folder of the page's source, relative to the content folder
     * @throws IllegalArgumentException when the reference is not a valid URL
     */
    public Enclosure resolve(String reference, String pageUrl, String sourceFolder) {
        String url;
        Path localFile = null;
        if (SiteUrl.hasScheme(reference) || reference.startsWith("//")) {
            url = SiteUrl.resolve(pageUrl, reference);
        } else if (reference.startsWith("/")) {
            String path = stripQueryAndFragment(reference);
            url = siteUrl.pageUrl(path) + UrlEncoding.encodeReference(reference.substring(path.length()));
            localFile = localFile(stripQueryAndFragment(reference.substring(1)));
        } else {
            url = SiteUrl.resolve(pageUrl, reference);
            String path = stripQueryAndFragment(reference);
            localFile = localFile(sourceFolder.isEmpty() ? path : sourceFolder + "/" + path);
        }
        return new Enclosure(url, size(localFile), mediaType(url));
    }

    /** Returns the media type for an image URL's extension, or {@code application/octet-stream}. */
    public static String mediaType(String url) {
        String path = stripQueryAndFragment(url);
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot <= slash) {
            return "application/octet-stream";
        }
        String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return IMAGE_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private Path localFile(String relative) {
        try {
            Path file = contentDirectory.resolve(relative).normalize();
            return file.startsWith(contentDirectory.normalize()) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static long size(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return 0;
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String stripQueryAndFragment(String reference) {
        int end = reference.length();
        int query = reference.indexOf('?');
        int fragment = reference.indexOf('#');
        if (query >= 0) {
            end = Math.min(end, query);
        }
        if (fragment >= 0) {
            end = Math.min(end, fragment);
        }
        return reference.substring(0, end);
    }
}
