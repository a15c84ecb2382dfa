package io.github.markfeed.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @TempDir
    Path folder;

    private final ContentProblems problems = new ContentProblems();

    private String read(byte[] bytes) throws IOException {
        Path file = folder.resolve("page.md");
        Files.write(file, bytes);
        return SourceText.read(file, "blog/page.md", problems);
    }

    private String read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void read_byteOrderMark_removed() throws IOException {
        assertThat(read("\uFEFF# Title\n")).isEqualTo("# Title\n");
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void read_byteOrderMarkInsideText_kept() throws IOException {
        // Only a leading U+FEFF is a byte order mark; elsewhere it is a zero-width no-break space.
        assertThat(read("a\uFEFFb")).isEqualTo("a\uFEFFb");
    }

    @Test
    void read_crlf_becomesLf() throws IOException {
        assertThat(read("---\r\ntitle: A\r\n---\r\nBody\r\n")).isEqualTo("---\ntitle: A\n---\nBody\n");
    }

    @Test
    void read_loneCr_becomesLf() throws IOException {
        assertThat(read("one\rtwo\r\rthree")).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void read_invalidUtf8_errorWithOffset() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xFF, 'd'};

        String text = read(bytes);

        assertThat(text).isNull();
        assertThat(problems.errors()).hasSize(1);
        ContentProblem error = problems.errors().get(0);
        assertThat(error.file()).isEqualTo("blog/page.md");
        assertThat(error.message()).contains("not valid UTF-8");
        assertThat(error.message()).contains("0xFF");
        assertThat(error.message()).contains("offset 3");
    }

    @Test
    void read_latin1Text_errorAtFirstBadByte() throws IOException {
        byte[] bytes = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(bytes)).isNull();
        assertThat(problems.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).contains("0xE9");
            assertThat(error.message()).contains("offset 3");
        });
    }

    @Test
    void read_truncatedSequenceAtEnd_error() throws IOException {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};

        assertThat(read(bytes)).isNull();
        assertThat(problems.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .contains("offset 2"));
    }

    @Test
    void read_encodedSurrogate_rejectedAsInvalidUtf8() throws IOException {
        // ED A0 80 would be U+D800, which UTF-8 does not allow.
        byte[] bytes = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThat(read(bytes)).isNull();
        assertThat(problems.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .contains("offset 1"));
    }

    @Test
    void read_forbiddenControlCharacters_removed() throws IOException {
        String text = read("a\u000Bb\u0001c\u001Fd\u000Ce\u001Bf");

        assertThat(text).isEqualTo("abcdef");
    }

    @Test
    void read_forbiddenCharacters_oneWarning() throws IOException {
        read("title\nline two \u000B here\n\u001B\n");

        assertThat(problems.errors()).isEmpty();
        assertThat(problems.warnings()).hasSize(1);
        String message = problems.warnings().get(0).message();
        assertThat(message).contains("removed 2 characters");
        assertThat(message).contains("U+000B on line 2");
        assertThat(message).contains("U+001B on line 3");
    }

    @Test
    void read_uFFFF_removed() throws IOException {
        String text = read("a\uFFFFb\uFFFEc");

        assertThat(text).isEqualTo("abc");
        assertThat(problems.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.message()).contains("U+FFFF on line 1");
            assertThat(warning.message()).contains("U+FFFE on line 1");
        });
    }

    @Test
    void read_singleForbiddenCharacter_singularWording() throws IOException {
        read("a\u0001b");

        assertThat(problems.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("removed 1 character "));
    }

    @Test
    void read_manyForbidden_listsFive() throws IOException {
        read("\u0001\u0002\u0003\u0004\u0005\u0006\u0007");

        assertThat(problems.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.message()).contains("removed 7 characters");
            assertThat(warning.message()).contains("U+0005 on line 1");
            assertThat(warning.message()).doesNotContain("U+0006");
            assertThat(warning.message()).contains("and 2 more");
        });
    }

    @Test
    void read_tab_kept() throws IOException {
        assertThat(read("a\tb\n")).isEqualTo("a\tb\n");
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void read_emoji_kept() throws IOException {
        assertThat(read("smile \uD83D\uDE00 and \uD834\uDD1E")).isEqualTo("smile \uD83D\uDE00 and \uD834\uDD1E");
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void removeXmlForbiddenCharacters_loneHighSurrogate_removed() {
        String cleaned = SourceText.removeXmlForbiddenCharacters("a\uD83Db\nc", "page.md", problems);

        assertThat(cleaned).isEqualTo("ab\nc");
        assertThat(problems.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("U+D83D on line 1"));
    }

    @Test
    void removeXmlForbiddenCharacters_loneLowSurrogate_removed() {
        String cleaned = SourceText.removeXmlForbiddenCharacters("x\ny\uDE00", "page.md", problems);

        assertThat(cleaned).isEqualTo("x\ny");
        assertThat(problems.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("U+DE00 on line 2"));
    }

    @Test
    void removeXmlForbiddenCharacters_reversedPair_bothRemoved() {
        String cleaned = SourceText.removeXmlForbiddenCharacters("\uDE00\uD83D", "page.md", problems);

        assertThat(cleaned).isEmpty();
    }

    @Test
    void removeXmlForbiddenCharacters_trailingHigh_removed() {
        String cleaned = SourceText.removeXmlForbiddenCharacters("end\uD83D", "page.md", problems);

        assertThat(cleaned).isEqualTo("end");
    }

    @Test
    void removeXmlForbiddenCharacters_cleanText_noWarning() {
        String text = "clean \uD83D\uDE00 text\n";

        assertThat(SourceText.removeXmlForbiddenCharacters(text, "page.md", problems)).isSameAs(text);
        assertThat(problems.warnings()).isEmpty();
    }
}
