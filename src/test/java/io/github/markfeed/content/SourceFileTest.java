package io.github.markfeed.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    private static SourceFile source(String relativePath) {
        return new SourceFile(Path.of("/site").resolve(relativePath), relativePath);
    }

    @Test
    void relativePathWithoutExtension_nested() {
        assertThat(source("blog/first-post.md").relativePathWithoutExtension()).isEqualTo("blog/first-post");
    }

    @Test
    void relativePathWithoutExtension_onlyLastExtension() {
        assertThat(source("v1.2/notes.draft.md").relativePathWithoutExtension()).isEqualTo("v1.2/notes.draft");
    }

    @Test
    void relativePathWithoutExtension_dotFile_unchanged() {
        assertThat(source("blog/.hidden").relativePathWithoutExtension()).isEqualTo("blog/.hidden");
    }

    @Test
    void relativeFolder_nestedAndTopLevel() {
        assertThat(source("blog/2024/post.md").relativeFolder()).isEqualTo("blog/2024");
        assertThat(source("post.md").relativeFolder()).isEmpty();
    }

    @Test
    void compareTo_byRelativePath() {
        assertThat(source("b.md")).isGreaterThan(source("a/z.md"));
    }
}
