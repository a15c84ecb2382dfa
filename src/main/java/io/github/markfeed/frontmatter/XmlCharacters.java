package io.github.markfeed.frontmatter;

/** The characters XML 1.0 allows in a document, for text that ends up in a feed or sitemap. */
public final class XmlCharacters {

    private XmlCharacters() {}

    /** Returns whether a UTF-16 unit, taken on its own, may appear in an XML 1.0 document. */
    public static boolean isAllowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    /** Removes every character XML 1.0 forbids, keeping well-formed surrogate pairs. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (isAllowed(c)) {
                if (out != null) {
                    out.append(c);
                }
            } else if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
        }
        return out == null ? text : out.toString();
    }
}
