package io.github.markfeed.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the images a Markdown page shows without rendering it: inline images
 * ({@code ![alt](src "title")}, {@code ![alt](<src with spaces>)}) and HTML {@code img} elements.
 * The sitemap lists them for every page, so this must stay cheap.
 */
final class ImageReferences {

    // NOTE: reference-style images (![alt][ref]) and images inside code are not told apart here;
    // the first are missed, the second are listed.
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[[^\\]]*]\\(\\s*(?:<([^>\\n]+)>|([^\\s)]+))"
                    + "|<img\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);

    private ImageReferences() {}

    /** Returns the image references of a Markdown body in order of appearance, without duplicates. */
    static List<String> find(String markdown) {
        if (markdown.indexOf("![") < 0 && markdown.indexOf("<img") < 0 && markdown.indexOf("<IMG") < 0) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = IMAGE.matcher(markdown);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                String reference = matcher.group(group);
                if (reference != null && !reference.isBlank()) {
                    found.add(reference.strip());
                    break;
                }
            }
        }
        return new ArrayList<>(found);
    }
}
