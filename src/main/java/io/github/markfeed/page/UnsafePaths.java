package io.github.markfeed.page;

/** Rejects URL paths that could escape the site or that no browser can request. */
final class UnsafePaths {

    private UnsafePaths() {}

    /** Returns why a site-relative path is unsafe, or {@code null} when it is fine. */
    static String reason(String path) {
        if (path.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return String.format(java.util.Locale.ROOT, "contains the control character U+%04X", (int) c);
            }
        }
        if (path.contains("://")) {
            return "is a full URL, not a path";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return "contains a '" + segment + "' segment";
            }
        }
        if (path.contains("?") || path.contains("#")) {
            return "contains '?' or '#'";
        }
        return null;
    }
}
