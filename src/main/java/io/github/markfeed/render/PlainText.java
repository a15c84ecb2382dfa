package io.github.markfeed.render;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Turns the Markdown and HTML that people write in a front-matter {@code title} or
 * {@code description} into the plain text that feeds carry there, so that readers see "the docs"
 * and not {@code **the docs**} or {@code <b>the docs</b>}.
 *
 * <p>Only inline markup counts: emphasis, code spans, links, images and HTML elements that HTML
 * defines. Text whose Markdown would make a heading, a list or a quote, such as
 * {@code 1. Getting started}, and text with tag-like words that are no HTML element, such as
 * {@code C++ <vector> tips}, is kept as written.
 */
public final class PlainText {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** Elements that show that the text was read as block-level Markdown, which a one-line value rarely means. */
    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "li", "blockquote", "pre", "hr", "table", "div");

    private PlainText() {}

    /** Returns the visible text of a value that may contain inline Markdown or HTML, or the value itself when it has none. */
    public static String of(String value) {
        if (value == null || !mayHaveMarkup(value)) {
            return value;
        }
        Element body = Jsoup.parseBodyFragment(RENDERER.render(value)).body();
        boolean markup = false;
        for (Element element : body.getAllElements()) {
            if (element == body || element.tagName().equals("p")) {
                continue;
            }
            if (BLOCK_ELEMENTS.contains(element.tagName()) || !Tag.isKnownTag(element.tagName())) {
                return value;
            }
            markup = true;
        }
        return markup ? body.text() : value;
    }

    /** Returns whether the value contains a character that starts inline Markdown or HTML; most titles do not. */
    private static boolean mayHaveMarkup(String value) {
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case '*', '_', '`', '[', '<', '~' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
