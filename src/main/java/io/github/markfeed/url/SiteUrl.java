package io.github.markfeed.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Base URL of the published site, normalised to end with {@code /} so that
 * {@code https://example.org/docs} and {@code https://example.org/docs/} give the same output.
 */
public final class SiteUrl {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final URI base;

    private SiteUrl(URI base) {
        this.base = base;
    }

    /**
     * Parses a site URL.
     *
     * @throws IllegalArgumentException with a sentence that states what is wrong, when the value is
     *     not an absolute http or https URL with a host, or has a query or fragment
     */
    public static SiteUrl parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the site URL is missing");
        }
        String trimmed = value.trim();
        URI uri;
        try {
            uri = new URI(UrlEncoding.encodeReference(trimmed));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(
                    "'" + trimmed + "' is not an absolute http or https URL such as https://example.org/");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + trimmed + "' has no host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + trimmed + "' must not have a query or a fragment");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String authority = uri.getRawAuthority();
        return new SiteUrl(URI.create(scheme + "://" + authority.toLowerCase(Locale.ROOT) + path));
    }

    /** Returns the base URL with its final {@code /}, for example {@code https://example.org/docs/}. */
    public String base() {
        return base.toString();
    }

    public URI uri() {
        return base;
    }

    /**
     * Returns the absolute URL of a path inside the site. A leading {@code /} is ignored: the
     * path is always taken relative to the site's base, never to the host's root.
     */
    public String pageUrl(String sitePath) {
        String path = sitePath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return base + UrlEncoding.encodePath(path);
    }

    /**
     * Resolves a reference as a browser would on a page with the given URL: root-relative paths
     * against the host, other relative ones against the page.
     *
     * @throws IllegalArgumentException when the reference is not a valid URI reference
     */
    public static String resolve(String pageUrl, String reference) {
        try {
            URI base = new URI(pageUrl);
            String encoded = UrlEncoding.encodeReference(reference);
            if (encoded.startsWith("?")) {
                // java.net.URI drops the base's last segment here; RFC 3986 section 5.2.2 keeps the whole path.
                return new URI(base.getScheme(), base.getRawAuthority(), base.getRawPath(), null, null) + encoded;
            }
            URI resolved = base.resolve(new URI(encoded));
            return withoutDotSegmentsAboveRoot(resolved).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getReason(), e);
        }
    }

    /** Drops '..' segments that would climb above the root, as RFC 3986 section 5.2.4 does and java.net.URI does not. */
    private static URI withoutDotSegmentsAboveRoot(URI uri) throws URISyntaxException {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/..")) {
            return uri;
        }
        while (path.startsWith("/../") || path.equals("/..")) {
            path = path.length() == 3 ? "/" : path.substring(3);
        }
        StringBuilder text = new StringBuilder().append(uri.getScheme()).append("://").append(uri.getRawAuthority()).append(path);
        if (uri.getRawQuery() != null) {
            text.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            text.append('#').append(uri.getRawFragment());
        }
        return new URI(text.toString());
    }

    /** Returns whether a reference starts with a URI scheme, such as {@code https:} or {@code mailto:}. */
    public static boolean hasScheme(String reference) {
        return SCHEME.matcher(reference).find();
    }

    /**
     * Resolves a URL from the configuration: an absolute or scheme-relative URL as given, any
     * other path relative to the site's base URL, even with a leading {@code /}.
     *
     * @return the absolute URL, or {@code null} for a {@code null} reference
     */
    public String resource(String reference) {
        if (reference == null) {
            return null;
        }
        return hasScheme(reference) || reference.startsWith("//") ? resolve(base(), reference) : pageUrl(reference);
    }

    @Override
    public String toString() {
        return base();
    }
}
