package io.github.markfeed.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Derives a plain-text summary for pages whose front matter has no description. */
public final class Summaries {

    /** Maximum length, in characters, of a summary taken from the first paragraph, not counting the ellipsis. */
    public static final int MAX_LENGTH = 300;

    private static final Pattern MORE_MARKER = Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);

    private Summaries() {}

    /** Returns the Markdown before a {@code <!--more-->} marker, or {@code null} when there is none. */
    public static String beforeMoreMarker(String markdown) {
        Matcher matcher = MORE_MARKER.matcher(markdown);
        return matcher.find() ? markdown.substring(0, matcher.start()) : null;
    }

    /** Returns the text of the first paragraph of an HTML fragment, cut at a word boundary. */
    public static String firstParagraph(String html) {
        Element paragraph = Jsoup.parseBodyFragment(html).body().selectFirst("p");
        return paragraph == null ? null : cut(paragraph.text().strip(), MAX_LENGTH);
    }

    /** Cuts text to at most {@code max} characters at a word boundary, marking the cut with an ellipsis. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end == 0) {
            end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
