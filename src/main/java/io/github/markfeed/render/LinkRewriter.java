package io.github.markfeed.render;

import io.github.markfeed.url.SiteUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Makes an HTML fragment safe to read outside its page: every relative {@code href}, {@code src},
 * {@code srcset} and {@code poster} becomes absolute against the page's URL, and a link to another
 * Markdown source becomes that page's published URL, fragment kept.
 */
public final class LinkRewriter {

    private static final String[] URL_ATTRIBUTES = {"href", "src", "poster", "cite", "data"};
    private static final Pattern MARKDOWN_EXTENSION = Pattern.compile("(?i)\\.(md|markdown)$");

    private final Function<String, String> pageUrlBySource;

    /**
     * @param pageUrlBySource returns the published URL of a source path relative to the content
     *     folder ({@code blog/post.md}), or {@code null} when no published page has that source
     */
    public LinkRewriter(Function<String, String> pageUrlBySource) {
        this.pageUrlBySource = pageUrlBySource;
    }

    /**
     * Rewrites the links of one page's HTML.
     *
     * @param html the rendered HTML fragment
     * @param pageUrl absolute URL of the page the HTML belongs to
     * @param sourceFolder folder of the page's source, relative to the content folder
     * @param warnings receives a sentence for each link that could not be resolved
     */
    public String rewrite(String html, String pageUrl, String sourceFolder, Consumer<String> warnings) {
        Document document = Jsoup.parseBodyFragment(html, pageUrl);
        document.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8");
        for (Element element : document.body().getAllElements()) {
            for (String attribute : URL_ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    String value = element.attr(attribute);
                    element.attr(attribute, resolve(value, pageUrl, sourceFolder, warnings));
                }
            }
            if (element.hasAttr("srcset")) {
                element.attr("srcset", resolveSrcset(element.attr("srcset"), pageUrl, sourceFolder, warnings));
            }
        }
        return document.body().html();
    }

    private String resolve(String value, String pageUrl, String sourceFolder, Consumer<String> warnings) {
        String reference = value.strip();
        if (reference.isEmpty() || SiteUrl.hasScheme(reference)) {
            return value;
        }
        String markdownTarget = markdownTarget(reference, sourceFolder);
        if (markdownTarget != null) {
            String fragment = fragmentOf(reference);
            String targetUrl = pageUrlBySource.apply(markdownTarget);
            if (targetUrl != null) {
                return targetUrl + fragment;
            }
            warnings.accept("links to '" + reference + "', which is not a published page; the link is kept as a plain URL");
        }
        try {
            return SiteUrl.resolve(pageUrl, reference);
        } catch (IllegalArgumentException e) {
            warnings.accept("has an invalid link '" + reference + "' (" + e.getMessage() + "); it is kept as written");
            return value;
        }
    }

    /** Returns the content-relative source path a Markdown link points at, or {@code null}. */
    private static String markdownTarget(String reference, String sourceFolder) {
        if (reference.startsWith("//") || reference.startsWith("#")) {
            return null;
        }
        String path = reference;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (!MARKDOWN_EXTENSION.matcher(path).find()) {
            return null;
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String joined = path.startsWith("/") ? path.substring(1) : (sourceFolder.isEmpty() ? path : sourceFolder + "/" + path);
        return normalize(joined);
    }

    private static String normalize(String path) {
        ArrayDeque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String fragmentOf(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0 ? "" : reference.substring(hash);
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /**
     * Resolves each candidate URL of a {@code srcset}. A candidate is a URL up to the next white
     * space, then optional descriptors up to a comma; a URL may itself contain commas, as
     * {@code data:} URLs do, so the list is not simply split at commas.
     */
    private String resolveSrcset(String srcset, String pageUrl, String sourceFolder, Consumer<String> warnings) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int length = srcset.length();
        while (i < length) {
            while (i < length && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int urlStart = i;
            while (i < length && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(urlStart, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                int descriptorStart = i;
                while (i < length && srcset.charAt(i) != ',') {
                    i++;
                }
                descriptor = srcset.substring(descriptorStart, i).strip();
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(resolve(url, pageUrl, sourceFolder, warnings));
            if (!descriptor.isEmpty()) {
                out.append(' ').append(descriptor);
            }
        }
        return out.toString();
    }

    /** Returns the visible text of an HTML fragment, with runs of white space collapsed. */
    public static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text().strip();
    }
}
