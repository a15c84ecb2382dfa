package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front-matter keys and folders of {@link PageReader} that only the sitemap uses. */
class PageReaderSitemapTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/");

    @TempDir
    Path content;

    private final ContentProblems problems = new ContentProblems();

    private Page read(String relativePath, String text) throws IOException {
        return read(relativePath, text, List.of());
    }

    private Page read(String relativePath, String text, List<String> languageFolders) throws IOException {
        Path file = content.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        PageReader reader = new PageReader(SITE, Permalink.parse("/{path}.html"), ZoneOffset.UTC, null, TrailingSlash.KEEP,
                languageFolders);
        return reader.read(new SourceFile(file, relativePath), problems);
    }

    private ContentProblem onlyError() {
        assertThat(problems.errors()).hasSize(1);
        return problems.errors().get(0);
    }

    @Test
    void read_noSitemapKeys_defaults() throws IOException {
        Page page = read("a.md", "---\ntitle: A\n---\nText.\n");

        assertThat(page.sitemap().noindex()).isFalse();
        assertThat(page.sitemap().changeFrequency()).isNull();
        assertThat(page.sitemap().priority()).isNull();
        assertThat(page.sitemap().language()).isNull();
        assertThat(page.sitemap().translationKey()).isNull();
        assertThat(page.sitemap().images()).isEmpty();
    }

    @Test
    void read_noindexTrue() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nnoindex: true\n---\n");

        assertThat(page.sitemap().noindex()).isTrue();
    }

    @Test
    void read_noindexNotBoolean_error() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nnoindex: maybe\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'noindex' must be true or false");
    }

    @Test
    void read_robotsNoindexFollow_noindex() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nrobots: \"noindex, follow\"\n---\n");

        assertThat(page.sitemap().noindex()).isTrue();
    }

    @Test
    void read_robotsUpperCase_noindex() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nrobots: NOINDEX\n---\n");

        assertThat(page.sitemap().noindex()).isTrue();
    }

    @Test
    void read_robotsIndexFollow_indexed() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nrobots: index, follow\n---\n");

        assertThat(page.sitemap().noindex()).isFalse();
    }

    @Test
    void read_changefreq_lowerCased() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nchangefreq: Weekly\n---\n");

        assertThat(page.sitemap().changeFrequency()).isEqualTo("weekly");
    }

    @Test
    void read_everyChangefreqWord_accepted() throws IOException {
        for (String word : List.of("always", "hourly", "daily", "weekly", "monthly", "yearly", "never")) {
            Page page = read(word + ".md", "---\ntitle: A\nchangefreq: " + word + "\n---\n");

            assertThat(page.sitemap().changeFrequency()).isEqualTo(word);
        }
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void read_invalidChangefreq_errorAtValue() throws IOException {
        Page page = read("blog/a.md", "---\ntitle: A\nchangefreq: sometimes\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.file()).isEqualTo("blog/a.md");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(13);
        assertThat(error.message()).contains("'sometimes'");
        assertThat(error.message()).contains("always, hourly, daily, weekly, monthly, yearly, never");
    }

    @Test
    void read_priorityRange_accepted() throws IOException {
        assertThat(read("zero.md", "---\ntitle: A\npriority: 0.0\n---\n").sitemap().priority()).isEqualTo(0.0);
        assertThat(read("one.md", "---\ntitle: A\npriority: 1\n---\n").sitemap().priority()).isEqualTo(1.0);
        assertThat(read("mid.md", "---\ntitle: A\npriority: \"0.7\"\n---\n").sitemap().priority()).isEqualTo(0.7);
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void read_priorityAboveOne_error() throws IOException {
        Page page = read("a.md", "---\ntitle: A\npriority: 1.5\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).contains("'1.5'");
        assertThat(error.message()).contains("0.0 to 1.0");
    }

    @Test
    void read_priorityWord_error() throws IOException {
        Page page = read("a.md", "---\ntitle: A\npriority: high\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("invalid 'priority' 'high'");
    }

    @Test
    void read_priorityNegative_error() throws IOException {
        Page page = read("a.md", "---\ntitle: A\npriority: -0.1\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'-0.1'");
    }

    @Test
    void read_lang_kept() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlang: fr\n---\n");

        assertThat(page.sitemap().language()).isEqualTo("fr");
    }

    @Test
    void read_langUnderscore_normalisedToHyphen() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlang: en_US\n---\n");

        assertThat(page.sitemap().language()).isEqualTo("en-US");
    }

    @Test
    void read_languageAlias_used() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlanguage: pt-BR\n---\n");

        assertThat(page.sitemap().language()).isEqualTo("pt-BR");
    }

    @Test
    void read_langBeforeLanguage_wins() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlanguage: de\nlang: fr\n---\n");

        assertThat(page.sitemap().language()).isEqualTo("fr");
    }

    @Test
    void read_invalidLang_errorNamesKey() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlanguage: english!\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).contains("invalid 'language' 'english!'");
        assertThat(error.message()).contains("en-US");
    }

    @Test
    void read_translationKey() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlang: en\ntranslationKey: \" about \"\n---\n");

        assertThat(page.sitemap().translationKey()).isEqualTo("about");
    }

    @Test
    void read_translationKeySnakeCase() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nlang: en\ntranslation_key: about\n---\n");

        assertThat(page.sitemap().translationKey()).isEqualTo("about");
    }

    @Test
    void read_languageFolder_langAndKeyFromPath() throws IOException {
        Page page = read("fr/guide/install.md", "---\ntitle: Installer\n---\n", List.of("en", "fr"));

        assertThat(page.sitemap().language()).isEqualTo("fr");
        assertThat(page.sitemap().translationKey()).isEqualTo("guide/install");
        assertThat(page.url()).isEqualTo("https://example.org/fr/guide/install.html");
    }

    @Test
    void read_languageFolder_frontMatterWins() throws IOException {
        Page page = read("en/a.md", "---\ntitle: A\nlang: en-GB\ntranslationKey: intro\n---\n", List.of("en", "fr"));

        assertThat(page.sitemap().language()).isEqualTo("en-GB");
        assertThat(page.sitemap().translationKey()).isEqualTo("intro");
    }

    @Test
    void read_folderNotInLanguages_noLanguage() throws IOException {
        Page page = read("de/a.md", "---\ntitle: A\n---\n", List.of("en", "fr"));

        assertThat(page.sitemap().language()).isNull();
        assertThat(page.sitemap().translationKey()).isNull();
    }

    @Test
    void read_topLevelFile_noLanguage() throws IOException {
        Page page = read("en.md", "---\ntitle: A\n---\n", List.of("en"));

        assertThat(page.sitemap().language()).isNull();
    }

    @Test
    void read_bodyImages_collected() throws IOException {
        Page page = read("a.md", "---\ntitle: A\nimage: cover.png\n---\n![x](one.png)\n\n<img src=\"two.png\">\n");

        assertThat(page.sitemap().images()).containsExactly("one.png", "two.png");
        assertThat(page.image()).isEqualTo("cover.png");
    }
}
