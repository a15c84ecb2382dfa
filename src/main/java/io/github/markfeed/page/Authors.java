package io.github.markfeed.page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the author forms found in front matter. */
final class Authors {

    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^(\\S+@\\S+)\\s+\\((.+)\\)$");
    private static final Pattern NAME_WITH_EMAIL = Pattern.compile("^(.+?)\\s*<(\\S+@\\S+)>$");
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S+$");

    private Authors() {}

    /**
     * Parses {@code Name}, {@code email (Name)}, {@code Name <email>}, or a mapping with
     * {@code name} and {@code email}.
     *
     * @return the author, or {@code null} when the value has none of these forms
     */
    static Author parse(Object value) {
        if (value instanceof Map<?, ?> map) {
            Object name = map.get("name");
            Object email = map.get("email");
            if (name == null || name instanceof Map<?, ?> || String.valueOf(name).isBlank()) {
                return null;
            }
            return new Author(String.valueOf(name).strip(), email == null ? null : String.valueOf(email).strip());
        }
        if (value == null || value instanceof Iterable<?>) {
            return null;
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher emailWithName = EMAIL_WITH_NAME.matcher(text);
        if (emailWithName.matches()) {
            return new Author(emailWithName.group(2).strip(), emailWithName.group(1));
        }
        Matcher nameWithEmail = NAME_WITH_EMAIL.matcher(text);
        if (nameWithEmail.matches()) {
            return new Author(nameWithEmail.group(1).strip(), nameWithEmail.group(2));
        }
        if (EMAIL.matcher(text).matches()) {
            return new Author(text, text);
        }
        return new Author(text, null);
    }
}
