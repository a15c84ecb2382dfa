package io.github.markfeed.frontmatter;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a source file as text that every later step can trust: strict UTF-8, no byte order mark,
 * {@code \n} line endings, and no character that XML 1.0 forbids.
 */
public final class SourceText {

    /** Number of forbidden characters listed in one warning; the rest are counted. */
    private static final int LISTED_CHARACTERS = 5;

    private SourceText() {}

    /**
     * Reads and cleans one file.
     *
     * @param file the file
     * @param displayPath the path shown in messages, relative to the content folder
     * @param problems receives an error when the file is not UTF-8, and a warning when characters
     *     that XML forbids were removed
     * @return the text, or {@code null} when the file is not valid UTF-8
     */
    public static String read(Path file, String displayPath, ContentProblems problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = decodeUtf8(bytes, displayPath, problems);
        if (text == null) {
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = normalizeLineEndings(text);
        return removeXmlForbiddenCharacters(text, displayPath, problems);
    }

    private static String decodeUtf8(byte[] bytes, String displayPath, ContentProblems problems) {
        // The JDK's String constructor is several times faster than a CharsetDecoder, but it
        // replaces bad bytes with U+FFFD silently; the strict decoder runs only when one shows up.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.error(ContentProblem.inFile(
                    displayPath,
                    String.format(
                            Locale.ROOT,
                            "not valid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8",
                            bytes[in.position()] & 0xFF,
                            in.position())));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    static String normalizeLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Removes the characters outside XML 1.0's {@code Char} production: C0 controls other than
     * tab and line feed, U+FFFE, U+FFFF and unpaired surrogates. A feed containing one of them,
     * even as a character reference, is not well-formed.
     */
    static String removeXmlForbiddenCharacters(String text, String displayPath, ContentProblems problems) {
        StringBuilder cleaned = null;
        List<String> found = new ArrayList<>();
        int count = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            int width = 1;
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                allowed = true;
                width = 2;
            } else {
                allowed = XmlCharacters.isAllowed(c);
            }
            if (allowed) {
                if (cleaned != null) {
                    cleaned.append(text, i, i + width);
                }
                i += width - 1;
                continue;
            }
            if (cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            count++;
            if (found.size() < LISTED_CHARACTERS) {
                found.add(String.format(Locale.ROOT, "U+%04X on line %d", (int) c, line));
            }
        }
        if (cleaned == null) {
            return text;
        }
        String listed = String.join(", ", found) + (count > found.size() ? " and " + (count - found.size()) + " more" : "");
        problems.warning(ContentProblem.inFile(
                displayPath,
                "removed " + count + (count == 1 ? " character" : " characters")
                        + " that XML does not allow (" + listed + "); delete them from the file to silence this warning"));
        return cleaned.toString();
    }
}
