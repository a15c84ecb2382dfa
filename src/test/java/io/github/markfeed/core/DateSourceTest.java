package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateSourceTest {

    @Test
    void parseList_keepsOrder() {
        assertThat(DateSource.parseList("git-updated,frontmatter,filename,git-created")).containsExactly(
                DateSource.GIT_UPDATED, DateSource.FRONTMATTER, DateSource.FILENAME, DateSource.GIT_CREATED);
    }

    @Test
    void parseList_spacesAndCase() {
        assertThat(DateSource.parseList(" FrontMatter ,\n  Git-Updated ")).containsExactly(
                DateSource.FRONTMATTER, DateSource.GIT_UPDATED);
    }

    @Test
    void parseList_hyphenatedAliases() {
        assertThat(DateSource.parseList("front-matter,file-name")).containsExactly(
                DateSource.FRONTMATTER, DateSource.FILENAME);
    }

    @Test
    void parseList_emptyPartsSkipped() {
        assertThat(DateSource.parseList(",frontmatter,,")).containsExactly(DateSource.FRONTMATTER);
    }

    @Test
    void parseList_emptyText_empty() {
        assertThat(DateSource.parseList("")).isEmpty();
    }

    @Test
    void parseList_unknownNamed() {
        assertThatThrownBy(() -> DateSource.parseList("frontmatter, mtime"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mtime'")
                .hasMessageContaining("git-created");
    }

    @Test
    void parseList_repeatedNamed() {
        assertThatThrownBy(() -> DateSource.parseList("filename,front-matter,frontmatter"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'frontmatter'")
                .hasMessageContaining("twice");
    }

    @Test
    void usesGit_onlyGitSources() {
        assertThat(DateSource.GIT_CREATED.usesGit()).isTrue();
        assertThat(DateSource.GIT_UPDATED.usesGit()).isTrue();
        assertThat(DateSource.FRONTMATTER.usesGit()).isFalse();
        assertThat(DateSource.FILENAME.usesGit()).isFalse();
    }

    @Test
    void key_asConfigured() {
        assertThat(DateSource.GIT_CREATED.key()).isEqualTo("git-created");
        assertThat(DateSource.FRONTMATTER.key()).isEqualTo("frontmatter");
    }

    @Test
    void options_defaults() {
        DateOptions options = DateOptions.defaults();

        assertThat(options.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(options.publishedSources()).containsExactly(DateSource.FRONTMATTER, DateSource.FILENAME);
        assertThat(options.updatedSources()).containsExactly(DateSource.FRONTMATTER, DateSource.GIT_UPDATED);
        assertThat(options.dateKeys()).isEmpty();
        assertThat(options.dateFormats()).isEmpty();
        assertThat(options.shallowClone()).isEqualTo(DateOptions.ShallowClone.FAIL);
    }

    @Test
    void options_defaultsUseGit() {
        assertThat(DateOptions.defaults().usesGit()).isTrue();
    }

    @Test
    void options_withoutGitSources() {
        DateOptions options = new DateOptions(ZoneId.of("Europe/Berlin"), List.of(DateSource.FILENAME),
                List.of(DateSource.FRONTMATTER), null, null, null);

        assertThat(options.usesGit()).isFalse();
    }

    @Test
    void options_gitCreatedInPublished() {
        DateOptions options = new DateOptions(null, List.of(DateSource.GIT_CREATED), List.of(DateSource.FRONTMATTER),
                null, null, null);

        assertThat(options.usesGit()).isTrue();
    }

    @Test
    void shallowClone_parsed() {
        assertThat(DateOptions.ShallowClone.parse("fail")).isEqualTo(DateOptions.ShallowClone.FAIL);
        assertThat(DateOptions.ShallowClone.parse(" WARN ")).isEqualTo(DateOptions.ShallowClone.WARN);
        assertThat(DateOptions.ShallowClone.parse("ignore-git")).isEqualTo(DateOptions.ShallowClone.IGNORE_GIT);
    }

    @Test
    void shallowClone_unknownNamed() {
        assertThatThrownBy(() -> DateOptions.ShallowClone.parse("skip"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'skip'")
                .hasMessageContaining("ignore-git");
    }
}
