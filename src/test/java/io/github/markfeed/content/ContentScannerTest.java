package io.github.markfeed.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {

    @TempDir
    Path root;

    @BeforeEach
    void createSite() throws IOException {
        for (String name : List.of(
                "index.md",
                "about.md",
                "notes.txt",
                "blog/2024-03-05-b.md",
                "blog/2024-01-01-a.md",
                "blog/deep/nested/c.md",
                "blog/deep/nested/c.md.bak",
                "drafts/wip.md",
                "drafts/sub/older.md",
                "blog/_partial.md",
                "pages/guide.markdown")) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + name + "\n");
        }
        Files.createDirectories(root.resolve("folder.md"));
    }

    private List<String> scan(List<String> includes, List<String> excludes) throws IOException {
        return new ContentScanner(includes, excludes).scan(root).stream()
                .map(SourceFile::relativePath)
                .toList();
    }

    @Test
    void scan_doubleStarPattern_topLevelAndNested() throws IOException {
        List<String> found = scan(List.of("**/*.md"), List.of());

        assertThat(found).contains("index.md", "about.md");
        assertThat(found).contains("blog/2024-01-01-a.md", "blog/deep/nested/c.md", "drafts/sub/older.md");
    }

    @Test
    void scan_doubleStarPattern_otherExtensionsLeftOut() throws IOException {
        List<String> found = scan(List.of("**/*.md"), List.of());

        assertThat(found).doesNotContain("notes.txt", "blog/deep/nested/c.md.bak", "pages/guide.markdown");
    }

    @Test
    void scan_folderNamedLikePage_skipped() throws IOException {
        assertThat(scan(List.of("**/*.md"), List.of())).doesNotContain("folder.md");
    }

    @Test
    void scan_sortedByRelativePath() throws IOException {
        List<String> found = scan(List.of("**/*.md"), List.of());

        assertThat(found).containsExactly(
                "about.md",
                "blog/2024-01-01-a.md",
                "blog/2024-03-05-b.md",
                "blog/_partial.md",
                "blog/deep/nested/c.md",
                "drafts/sub/older.md",
                "drafts/wip.md",
                "index.md");
    }

    @Test
    void scan_excludeFolderGlob_removesWholeTree() throws IOException {
        List<String> found = scan(List.of("**/*.md"), List.of("drafts/**"));

        assertThat(found).doesNotContain("drafts/wip.md", "drafts/sub/older.md");
        assertThat(found).contains("blog/2024-01-01-a.md");
    }

    @Test
    void scan_excludeWithTrailingSlash_removesWholeTree() throws IOException {
        List<String> found = scan(List.of("**/*.md"), List.of("drafts/"));

        assertThat(found).doesNotContain("drafts/wip.md", "drafts/sub/older.md");
    }

    @Test
    void scan_excludeDoubleStarPrefix_matchesAnyDepth() throws IOException {
        List<String> found = scan(List.of("**/*.md"), List.of("**/_*.md", "**/index.md"));

        assertThat(found).doesNotContain("blog/_partial.md", "index.md");
        assertThat(found).contains("about.md");
    }

    @Test
    void scan_singleStar_topLevelOnly() throws IOException {
        assertThat(scan(List.of("*.md"), List.of())).containsExactly("about.md", "index.md");
    }

    @Test
    void scan_severalIncludes_union() throws IOException {
        List<String> found = scan(List.of("blog/*.md", "**/*.markdown"), List.of());

        assertThat(found).containsExactly(
                "blog/2024-01-01-a.md", "blog/2024-03-05-b.md", "blog/_partial.md", "pages/guide.markdown");
    }

    @Test
    void scan_backslashPattern_treatedAsSlash() throws IOException {
        assertThat(scan(List.of("blog\\deep\\**\\*.md"), List.of())).containsExactly("blog/deep/nested/c.md");
    }

    @Test
    void scan_blankPatterns_ignored() throws IOException {
        assertThat(scan(List.of("  ", "*.md"), List.of(""))).containsExactly("about.md", "index.md");
    }

    @Test
    void scan_sourceFile_absolutePath() throws IOException {
        SourceFile first = new ContentScanner(List.of("about.md"), List.of()).scan(root).get(0);

        assertThat(first.path()).isEqualTo(root.resolve("about.md"));
        assertThat(first.relativePath()).isEqualTo("about.md");
    }

    @Test
    void scan_missingFolder_ioException() {
        ContentScanner scanner = new ContentScanner(List.of("**/*.md"), List.of());

        assertThatIOException().isThrownBy(() -> scanner.scan(root.resolve("missing")));
    }
}
