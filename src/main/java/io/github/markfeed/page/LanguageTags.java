package io.github.markfeed.page;

import java.util.Locale;
import java.util.regex.Pattern;

/** Writes language tags in the case BCP 47 recommends, so that {@code en-us} and {@code en-US} are one language. */
public final class LanguageTags {

    private static final Pattern TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");

    private LanguageTags() {}

    /** Returns whether a value, with {@code _} read as {@code -}, has the form of a language tag such as {@code pt-BR}. */
    public static boolean isValid(String value) {
        return TAG.matcher(value.strip().replace('_', '-')).matches();
    }

    /**
     * Returns a tag with {@code _} replaced by {@code -}, the language in lower case, a four-letter
     * script in title case and a two-letter region in upper case: {@code zh_hant_tw} gives
     * {@code zh-Hant-TW}.
     */
    public static String canonical(String tag) {
        String[] parts = tag.strip().replace('_', '-').split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            out.append('-');
            if (part.length() == 2) {
                out.append(part.toUpperCase(Locale.ROOT));
            } else if (part.length() == 4 && Character.isLetter(part.charAt(0))) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.append(part.toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
