package io.github.markfeed.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputsTest {

    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path output;

    private List<String> filesUnderOutput() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void stage_beforeCommit_targetAbsent() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("<rss/>"));

            assertThat(output.resolve("rss.xml")).doesNotExist();
        }
    }

    @Test
    void commit_writesUtf8Content() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("<title>Привет ☃</title>"));
            outputs.commit();
        }

        assertThat(Files.readString(output.resolve("rss.xml"), StandardCharsets.UTF_8)).isEqualTo("<title>Привет ☃</title>");
    }

    @Test
    void commit_severalFiles_allAppearAndReported() throws IOException {
        List<Path> changed;
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("feed"));
            outputs.stage("maps/sitemap.xml", out -> out.write("map"));

            changed = outputs.commit();
        }

        assertThat(changed).containsExactly(output.resolve("rss.xml"), output.resolve("maps/sitemap.xml"));
        assertThat(filesUnderOutput()).containsExactly("maps/sitemap.xml", "rss.xml");
    }

    @Test
    void commit_changedContent_replacesFile() throws IOException {
        Files.writeString(output.resolve("rss.xml"), "old");

        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("new"));
            assertThat(outputs.commit()).containsExactly(output.resolve("rss.xml"));
        }

        assertThat(Files.readString(output.resolve("rss.xml"))).isEqualTo("new");
    }

    @Test
    void commit_unchangedContent_keepsModificationTime() throws IOException {
        Path target = output.resolve("rss.xml");
        Files.writeString(target, "same bytes");
        Files.setLastModifiedTime(target, OLD_TIME);

        List<Path> changed;
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("same bytes"));
            changed = outputs.commit();
        }

        assertThat(changed).isEmpty();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(OLD_TIME);
        assertThat(filesUnderOutput()).containsExactly("rss.xml");
    }

    @Test
    void commit_sameLengthDifferentBytes_replaced() throws IOException {
        Path target = output.resolve("rss.xml");
        Files.writeString(target, "aaaa");

        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("aaab"));
            outputs.commit();
        }

        assertThat(Files.readString(target)).isEqualTo("aaab");
    }

    @Test
    void close_withoutCommit_leavesNoTrace() throws IOException {
        Path target = output.resolve("rss.xml");
        Files.writeString(target, "published");
        Files.setLastModifiedTime(target, OLD_TIME);

        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("half-built"));
            outputs.stage("sub/sitemap.xml", out -> out.write("also"));
        }

        assertThat(filesUnderOutput()).containsExactly("rss.xml");
        assertThat(Files.readString(target)).isEqualTo("published");
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(OLD_TIME);
    }

    @Test
    void stage_contentThrows_noTempFileAfterClose() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            assertThatIOException().isThrownBy(() -> outputs.stage("rss.xml", out -> {
                out.write("partial");
                throw new IOException("disk full");
            }));
        }

        assertThat(filesUnderOutput()).isEmpty();
    }

    @Test
    void stage_sameNameTwice_noTempFileLeft() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("first"));
            outputs.stage("rss.xml", out -> out.write("second"));
            outputs.commit();
        }

        assertThat(filesUnderOutput()).containsExactly("rss.xml");
        assertThat(Files.readString(output.resolve("rss.xml"))).isEqualTo("second");
    }

    @Test
    void stage_dotDotEscape_rejected() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output.resolve("site"))) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> outputs.stage("../evil.xml", out -> out.write("x")))
                    .withMessageContaining("'../evil.xml'")
                    .withMessageContaining("is not a file inside");
        }

        assertThat(output.resolve("evil.xml")).doesNotExist();
    }

    @Test
    void target_nestedDotDotEscape_rejected() {
        StagedOutputs outputs = new StagedOutputs(output);

        assertThatIllegalArgumentException().isThrownBy(() -> outputs.target("feeds/../../evil.xml"));
    }

    @Test
    void target_absolutePathElsewhere_rejected() {
        StagedOutputs outputs = new StagedOutputs(output.resolve("site"));

        assertThatIllegalArgumentException().isThrownBy(() -> outputs.target(output.resolve("other.xml").toString()));
    }

    @Test
    void target_outputFolderItself_rejected() {
        StagedOutputs outputs = new StagedOutputs(output);

        assertThatIllegalArgumentException().isThrownBy(() -> outputs.target("feeds/.."));
    }

    @Test
    void target_dotDotStayingInside_allowed() {
        StagedOutputs outputs = new StagedOutputs(output);

        assertThat(outputs.target("feeds/../rss.xml")).isEqualTo(output.toAbsolutePath().normalize().resolve("rss.xml"));
    }

    @Test
    void commit_twice_secondCommitsNothing() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("rss.xml", out -> out.write("x"));
            outputs.commit();

            assertThat(outputs.commit()).isEmpty();
        }
    }

    @Test
    void open_writerStagesUtf8() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            try (Writer out = outputs.open("maps/sitemap-1.xml")) {
                out.write("<loc>café</loc>");
            }
            assertThat(output.resolve("maps/sitemap-1.xml")).doesNotExist();

            outputs.commit();
        }

        assertThat(Files.readString(output.resolve("maps/sitemap-1.xml"), StandardCharsets.UTF_8)).isEqualTo("<loc>café</loc>");
    }

    @Test
    void stageGzip_decompressesToStagedBytes() throws IOException {
        String text = "<urlset>привет</urlset>\n".repeat(1000);
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("sitemap.xml", out -> out.write(text));
            outputs.stageGzip("sitemap.xml", "sitemap.xml.gz");
            outputs.commit();
        }

        assertThat(gunzip(output.resolve("sitemap.xml.gz"))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stageGzip_headerHasNoTimeOrName() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("sitemap.xml", out -> out.write("<urlset/>"));
            outputs.stageGzip("sitemap.xml", "sitemap.xml.gz");
            outputs.commit();
        }

        byte[] gzip = Files.readAllBytes(output.resolve("sitemap.xml.gz"));
        assertThat(gzip[3]).as("FLG: no file name, comment or extra field").isZero();
        assertThat(Arrays.copyOfRange(gzip, 4, 8)).as("MTIME").containsExactly(0, 0, 0, 0);
    }

    @Test
    void stageGzip_twoRuns_sameBytes() throws IOException {
        byte[][] runs = new byte[2][];
        for (int run = 0; run < 2; run++) {
            try (StagedOutputs outputs = new StagedOutputs(output.resolve("run" + run))) {
                outputs.stage("sitemap.xml", out -> out.write("<urlset>same</urlset>"));
                outputs.stageGzip("sitemap.xml", "sitemap.xml.gz");
                outputs.commit();
            }
            runs[run] = Files.readAllBytes(output.resolve("run" + run + "/sitemap.xml.gz"));
        }

        assertThat(runs[1]).isEqualTo(runs[0]);
    }

    @Test
    void stageGzip_sourceNotStaged_rejected() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> outputs.stageGzip("sitemap.xml", "sitemap.xml.gz"))
                    .withMessageContaining("sitemap.xml was not staged");
        }
    }

    @Test
    void stageGzip_unchangedOnSecondRun_notReported() throws IOException {
        for (int run = 0; run < 2; run++) {
            try (StagedOutputs outputs = new StagedOutputs(output)) {
                outputs.stage("sitemap.xml", out -> out.write("<urlset/>"));
                outputs.stageGzip("sitemap.xml", "sitemap.xml.gz");
                List<Path> changed = outputs.commit();

                if (run == 1) {
                    assertThat(changed).isEmpty();
                }
            }
        }
    }

    @Test
    void rename_committedUnderNewName() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("sitemap-1.xml", out -> out.write("<urlset/>"));
            outputs.rename("sitemap-1.xml", "sitemap.xml");

            assertThat(outputs.commit()).containsExactly(output.resolve("sitemap.xml"));
        }

        assertThat(filesUnderOutput()).containsExactly("sitemap.xml");
        assertThat(Files.readString(output.resolve("sitemap.xml"))).isEqualTo("<urlset/>");
    }

    @Test
    void rename_intoOtherFolder_created() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("a.xml", out -> out.write("a"));
            outputs.rename("a.xml", "maps/b.xml");
            outputs.commit();
        }

        assertThat(filesUnderOutput()).containsExactly("maps/b.xml");
    }

    @Test
    void rename_notStaged_rejected() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> outputs.rename("sitemap-1.xml", "sitemap.xml"))
                    .withMessageContaining("sitemap-1.xml was not staged");
        }
    }

    @Test
    void rename_withoutCommit_leavesNoTrace() throws IOException {
        try (StagedOutputs outputs = new StagedOutputs(output)) {
            outputs.stage("sitemap-1.xml", out -> out.write("<urlset/>"));
            outputs.rename("sitemap-1.xml", "sitemap.xml");
        }

        assertThat(filesUnderOutput()).isEmpty();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
