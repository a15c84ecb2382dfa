package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/docs/");

    @TempDir
    Path content;

    private final ContentProblems problems = new ContentProblems();

    private Page read(String relativePath, String text) throws IOException {
        return read(relativePath, text, "/{path}.html");
    }

    private Page read(String relativePath, String text, String permalink) throws IOException {
        return read(relativePath, text, permalink, null);
    }

    private Page read(String relativePath, String text, String permalink, String defaultAuthor) throws IOException {
        Path file = content.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        PageReader reader = new PageReader(SITE, Permalink.parse(permalink), ZoneOffset.UTC, defaultAuthor);
        return reader.read(new SourceFile(file, relativePath), problems);
    }

    private ContentProblem onlyError() {
        assertThat(problems.errors()).hasSize(1);
        return problems.errors().get(0);
    }

    // Title

    @Test
    void read_titleInFrontMatter_used() throws IOException {
        Page page = read("post.md", "---\ntitle: \"  From front matter \"\n---\n# From heading\n");

        assertThat(page.title()).isEqualTo("From front matter");
    }

    @Test
    void read_noTitleKey_firstHeading() throws IOException {
        Page page = read("post.md", "Intro line\n\n# The Heading #\n\n# Second\n");

        assertThat(page.title()).isEqualTo("The Heading");
    }

    @Test
    void read_headingInsideFencedCode_skipped() throws IOException {
        Page page = read("post.md", "```bash\n# not a title\n```\n\n~~~\n# also not\n~~~\n\n# Real title\n");

        assertThat(page.title()).isEqualTo("Real title");
    }

    @Test
    void read_headingInsideLongerFence_skipped() throws IOException {
        Page page = read("post.md", "````md\n```\n# inside\n```\n````\n# After\n");

        assertThat(page.title()).isEqualTo("After");
    }

    @Test
    void read_onlyLevelTwoHeading_missingTitleError() throws IOException {
        Page page = read("post.md", "## Not level one\n#NoSpace\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("page has no title");
    }

    @Test
    void read_noTitle_errorWithFix() throws IOException {
        Page page = read("blog/untitled.md", "---\ndate: 2024-03-05\n---\nJust text.\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.file()).isEqualTo("blog/untitled.md");
        assertThat(error.message()).contains("page has no title");
        assertThat(error.message()).contains("title: ...");
    }

    @Test
    void read_numericTitle_text() throws IOException {
        Page page = read("post.md", "---\ntitle: 1984\n---\n");

        assertThat(page.title()).isEqualTo("1984");
    }

    @Test
    void firstHeading_infoStringFence_staysOpen() {
        // CommonMark: a closing code fence may not have an info string, so "```java" is code here.
        String body = "```\n```java\n# still code\n```\n# Real\n";

        assertThat(PageReader.firstHeading(body)).isEqualTo("Real");
    }

    @Test
    void firstHeading_indentedFourSpaces_notHeading() {
        assertThat(PageReader.firstHeading("    # code\n# Real\n")).isEqualTo("Real");
    }

    // Dates

    @Test
    void read_dateInFrontMatter_used() throws IOException {
        Page page = read("2020-01-01-post.md", "---\ntitle: T\ndate: 2024-03-05T10:15:00+01:00\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
    }

    @Test
    void read_noDateKey_fileNamePrefix() throws IOException {
        Page page = read("blog/2024-03-05-hello.md", "---\ntitle: T\n---\n");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void read_noDateAnywhere_undated() throws IOException {
        Page page = read("about.md", "---\ntitle: About\n---\n");

        assertThat(page.published()).isNull();
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void read_invalidFileNameDate_error() throws IOException {
        Page page = read("2024-13-45-post.md", "---\ntitle: T\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'2024-13-45'");
    }

    @Test
    void read_invalidDate_errorWithKeyLineColumn() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ndate: next week\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(7);
        assertThat(error.message()).contains("invalid date 'next week' in 'date'");
    }

    @Test
    void read_updatedAliases_used() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ndate: 2024-03-05\nlast_modified_at: 2024-04-01\n---\n");

        assertThat(page.updated()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(page.lastModified()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    // Tags and categories

    @Test
    void read_tagsList_orderKept() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ntags: [zeta, alpha, mid]\n---\n");

        assertThat(page.tags()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void read_tagsCommaString_splitAndTrimmed() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ntags: \"java, maven ,  rss,\"\n---\n");

        assertThat(page.tags()).containsExactly("java", "maven", "rss");
    }

    @Test
    void read_tagsAndCategories_mergedWithoutDuplicates() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ntags:\n  - java\n  - rss\n  - java\ncategories: rss, news\n---\n");

        assertThat(page.tags()).containsExactly("java", "rss", "news");
    }

    @Test
    void read_tagsMapping_error() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ntags:\n  a: b\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("'tags' must be a list or a comma-separated string");
        assertThat(error.line()).isEqualTo(4);
    }

    @Test
    void read_nestedListInTags_error() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ntags: [a, [b, c]]\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'tags' must be a list of names");
    }

    // Authors

    @Test
    void read_authorName_noEmail() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nauthor: Jane Doe\n---\n");

        assertThat(page.authors()).containsExactly(new Author("Jane Doe", null));
    }

    @Test
    void read_authorEmailWithName_both() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nauthor: jane@example.org (Jane Doe)\n---\n");

        assertThat(page.authors()).containsExactly(new Author("Jane Doe", "jane@example.org"));
    }

    @Test
    void read_authorNameWithEmail_both() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nauthor: Jane Doe <jane@example.org>\n---\n");

        assertThat(page.authors()).containsExactly(new Author("Jane Doe", "jane@example.org"));
    }

    @Test
    void read_authorMapping_both() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nauthor:\n  name: Jane Doe\n  email: jane@example.org\n---\n");

        assertThat(page.authors()).containsExactly(new Author("Jane Doe", "jane@example.org"));
    }

    @Test
    void read_authorsList_allInOrder() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nauthors:\n  - Bob\n  - {name: Ann, email: ann@example.org}\n---\n");

        assertThat(page.authors()).containsExactly(new Author("Bob", null), new Author("Ann", "ann@example.org"));
    }

    @Test
    void read_noAuthor_defaultAuthor() throws IOException {
        Page page = read("post.md", "---\ntitle: T\n---\n", "/{path}.html", " Site Team ");

        assertThat(page.authors()).containsExactly(new Author("Site Team", null));
    }

    @Test
    void read_noAuthorNoDefault_empty() throws IOException {
        Page page = read("post.md", "---\ntitle: T\n---\n");

        assertThat(page.authors()).isEmpty();
    }

    @Test
    void read_authorMappingWithoutName_errorWithPosition() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nauthor:\n  email: jane@example.org\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("invalid 'author'");
        assertThat(error.line()).isEqualTo(4);
    }

    // Image

    @Test
    void read_image_asWritten() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nimage: img/cover.png\n---\n");

        assertThat(page.image()).isEqualTo("img/cover.png");
    }

    @Test
    void read_coverAlias_used() throws IOException {
        Page page = read("post.md", "---\ntitle: T\ncover: /img/cover.jpg\n---\n");

        assertThat(page.image()).isEqualTo("/img/cover.jpg");
    }

    @Test
    void read_imageMappingWithSrc_used() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nimage:\n  src: a.png\n  alt: A\n---\n");

        assertThat(page.image()).isEqualTo("a.png");
    }

    @Test
    void read_imageMappingWithoutPath_error() throws IOException {
        Page page = read("post.md", "---\ntitle: T\nimage:\n  alt: A\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("invalid 'image'");
    }

    // Slug and permalink

    @Test
    void read_defaultPermalink_pathDotHtml() throws IOException {
        Page page = read("blog/first post.md", "---\ntitle: T\n---\n");

        assertThat(page.url()).isEqualTo("https://example.org/docs/blog/first%20post.html");
    }

    @Test
    void read_slugDefault_fileName() throws IOException {
        Page page = read("blog/hello-world.md", "---\ntitle: T\n---\n", "/posts/{slug}/");

        assertThat(page.url()).isEqualTo("https://example.org/docs/posts/hello-world/");
    }

    @Test
    void read_slugDefault_datePrefixStripped() throws IOException {
        Page page = read("blog/2024-03-05-hello.md", "---\ntitle: T\n---\n", "/posts/{slug}/");

        assertThat(page.url()).isEqualTo("https://example.org/docs/posts/hello/");
    }

    @Test
    void read_slugDefault_indexTakesFolderName() throws IOException {
        Page page = read("blog/my-bundle/index.md", "---\ntitle: T\n---\n", "/posts/{slug}/");

        assertThat(page.url()).isEqualTo("https://example.org/docs/posts/my-bundle/");
    }

    @Test
    void read_topLevelIndexSlugPermalink_siteRoot() throws IOException {
        Page page = read("index.md", "---\ntitle: Home\n---\n", "/{slug}/");

        assertThat(page.url()).isEqualTo("https://example.org/docs/");
    }

    @Test
    void read_slugInFrontMatter_used() throws IOException {
        Page page = read("blog/x.md", "---\ntitle: T\nslug: Привет мир\n---\n", "/posts/{slug}/");

        assertThat(page.url()).isEqualTo("https://example.org/docs/posts/%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%20%D0%BC%D0%B8%D1%80/");
    }

    @Test
    void read_datePermalink_yearMonthDay() throws IOException {
        Page page = read("blog/2024-03-05-hello.md", "---\ntitle: T\n---\n", "/{year}/{month}/{day}/{slug}.html");

        assertThat(page.url()).isEqualTo("https://example.org/docs/2024/03/05/hello.html");
    }

    @Test
    void read_datePermalinkUndated_error() throws IOException {
        Page page = read("about.md", "---\ntitle: About\n---\n", "/{year}/{slug}/");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("uses the date, but the page has none");
    }

    @Test
    void read_pagePermalink_overridesDefault() throws IOException {
        Page page = read("blog/x.md", "---\ntitle: T\npermalink: /about/{slug}/\nslug: me\n---\n");

        assertThat(page.url()).isEqualTo("https://example.org/docs/about/me/");
    }

    @Test
    void read_pagePermalinkUnknownToken_errorWithPosition() throws IOException {
        Page page = read("x.md", "---\ntitle: T\npermalink: /{title}/\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("invalid 'permalink'");
        assertThat(error.message()).contains("{title}");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(12);
    }

    @Test
    void read_slugWithDotDot_rejected() throws IOException {
        Page page = read("x.md", "---\ntitle: T\nslug: ../../etc\n---\n", "/posts/{slug}/");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("'..' segment");
        assertThat(error.message()).contains("change 'slug'");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void read_slugWithBackslash_rejected() throws IOException {
        Page page = read("x.md", "---\ntitle: T\nslug: '..\\..\\etc'\n---\n", "/posts/{slug}/");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("backslash");
    }

    @Test
    void read_permalinkWithDotDot_rejectedNamingPermalink() throws IOException {
        Page page = read("x.md", "---\ntitle: T\npermalink: /../outside.html\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("change 'permalink'");
    }

    // Drafts and sitemap

    @Test
    void read_draftTrue_draft() throws IOException {
        Page page = read("x.md", "---\ntitle: T\ndraft: true\n---\n");

        assertThat(page.draft()).isTrue();
    }

    @Test
    void read_publishedFalse_draft() throws IOException {
        Page page = read("x.md", "---\ntitle: T\npublished: false\n---\n");

        assertThat(page.draft()).isTrue();
    }

    @Test
    void read_noDraftKeys_notDraft() throws IOException {
        Page page = read("x.md", "---\ntitle: T\n---\n");

        assertThat(page.draft()).isFalse();
        assertThat(page.inSitemap()).isTrue();
    }

    @Test
    void read_sitemapFalse_leftOutOfSitemap() throws IOException {
        Page page = read("x.md", "---\ntitle: T\nsitemap: false\n---\n");

        assertThat(page.inSitemap()).isFalse();
    }

    // Wrong types

    @Test
    void read_titleList_errorWithKeyLineColumn() throws IOException {
        Page page = read("x.md", "---\ndate: 2024-03-05\ntitle: [a, b]\n---\n");

        assertThat(page).isNull();
        assertThat(problems.errors()).contains(new ContentProblem(
                "x.md", 3, 8, "'title' must be a single value, not a list; write it as 'key: text'"));
    }

    @Test
    void read_titleList_noMissingTitleError() throws IOException {
        // The page has a title key, so "page has no title" would send the user to the wrong fix.
        read("x.md", "---\ndate: 2024-03-05\ntitle: [a, b]\n---\n");

        assertThat(problems.errors()).extracting(ContentProblem::message).noneMatch(m -> m.contains("page has no title"));
    }

    @Test
    void read_descriptionMapping_error() throws IOException {
        Page page = read("x.md", "---\ntitle: T\ndescription:\n  a: b\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).contains("'description' must be a single value, not a mapping");
    }

    @Test
    void read_draftNotBoolean_errorPosition() throws IOException {
        Page page = read("x.md", "---\ntitle: T\ndraft: yes\n---\n");

        assertThat(page).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("'draft' must be true or false, not 'yes'");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(8);
    }

    @Test
    void read_severalProblems_allReported() throws IOException {
        Page page = read("x.md", "---\ndate: soon\ndraft: 1\nsitemap: \"no\"\n---\nNo heading.\n");

        assertThat(page).isNull();
        assertThat(problems.errors()).extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).contains("page has no title"));
        assertThat(problems.errors()).extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).contains("invalid date 'soon'"));
        assertThat(problems.errors()).extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).contains("'draft' must be true or false"));
        assertThat(problems.errors()).extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).contains("'sitemap' must be true or false"));
        assertThat(problems.errors()).hasSize(4);
    }

    // Other fields

    @Test
    void read_descriptionAlias_used() throws IOException {
        Page page = read("x.md", "---\ntitle: T\nsummary: Short text\n---\n");

        assertThat(page.description()).isEqualTo("Short text");
    }

    @Test
    void read_invalidFrontMatter_nullWithError() throws IOException {
        Page page = read("x.md", "---\ntitle: [\n---\n");

        assertThat(page).isNull();
        assertThat(onlyError().message()).startsWith("invalid YAML");
    }

    @Test
    void read_crlfAndBom_parsed() throws IOException {
        Page page = read("x.md", "\uFEFF---\r\ntitle: Windows\r\n---\r\nBody\r\n");

        assertThat(page.title()).isEqualTo("Windows");
    }
}
