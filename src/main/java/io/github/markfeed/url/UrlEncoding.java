package io.github.markfeed.url;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL paths and references as RFC 3986 describes it: UTF-8 bytes, upper-case
 * hex digits, and escapes that are already present kept as they are, so that nothing is encoded twice.
 */
public final class UrlEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=";

    private UrlEncoding() {}

    /** Encodes a path: every character but unreserved ones, sub-delimiters, {@code :}, {@code @} and {@code /}. */
    public static String encodePath(String path) {
        return encode(path, ":@/");
    }

    /**
     * Encodes a URI reference as written in HTML ({@code href}, {@code src}): spaces and non-ASCII
     * characters are escaped, while the characters that give a reference its structure
     * ({@code / ? # : @ [ ]}) stay.
     */
    public static String encodeReference(String reference) {
        return encode(reference, ":@/?#[]");
    }

    private static String encode(String text, String extraAllowed) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep = isAsciiAlphanumeric(c)
                    || UNRESERVED_AND_SUB_DELIMS.indexOf(c) >= 0
                    || extraAllowed.indexOf(c) >= 0
                    || (c == '%' && isEscape(text, i));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            int codePoint = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
            for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isEscape(String text, int percentIndex) {
        return percentIndex + 2 < text.length()
                && isHexDigit(text.charAt(percentIndex + 1))
                && isHexDigit(text.charAt(percentIndex + 2));
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
