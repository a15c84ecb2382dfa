package io.github.markfeed.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the images a Markdown page shows without rendering it: inline images
 * ({@code ![alt](src "title")}, {@code ![alt](<src with spaces>)}) and HTML {@code img} elements.
 * The sitemap lists them for every page, so this must stay cheap.
 */
final class ImageReferences {

    // NOTE: reference-style images (![alt][ref]) are missed, and image syntax inside code blocks
    // is listed as if it were an image.
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(\\s*(?:<([^>\\n]+)>|([^\\s)]+))");
    private static final Pattern HTML_IMAGE = Pattern.compile(
            "<img\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);

    private ImageReferences() {}

    /**
     * Returns the image references of a Markdown body in order of appearance, without duplicates.
     * The patterns are tried only where {@code ![} or {@code <img} starts, which keeps the scan of a
     * page without images to one pass of {@code indexOf}.
     */
    static List<String> find(String markdown) {
        TreeMap<Integer, String> found = new TreeMap<>();
        Matcher markdownImage = MARKDOWN_IMAGE.matcher(markdown);
        for (int at = markdown.indexOf("!["); at >= 0; at = markdown.indexOf("![", at + 2)) {
            if (markdownImage.region(at, markdown.length()).lookingAt()) {
                found.put(at, firstGroup(markdownImage));
            }
        }
        Matcher htmlImage = HTML_IMAGE.matcher(markdown);
        for (int at = markdown.indexOf('<'); at >= 0; at = markdown.indexOf('<', at + 1)) {
            if (markdown.regionMatches(true, at + 1, "img", 0, 3) && htmlImage.region(at, markdown.length()).lookingAt()) {
                found.put(at, firstGroup(htmlImage));
            }
        }
        Set<String> references = new LinkedHashSet<>();
        for (String reference : found.values()) {
            if (reference != null && !reference.isBlank()) {
                references.add(reference.strip());
            }
        }
        return new ArrayList<>(references);
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return null;
    }
}
