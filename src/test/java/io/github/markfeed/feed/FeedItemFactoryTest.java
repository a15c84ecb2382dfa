package io.github.markfeed.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.page.Page;
import io.github.markfeed.page.PageReader;
import io.github.markfeed.page.Permalink;
import io.github.markfeed.render.ItemTemplate;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedItemFactoryTest {

    private static final SiteUrl SITE = SiteUrl.parse("https://example.org/");

    @TempDir
    Path content;

    private final ContentProblems problems = new ContentProblems();
    private final Map<String, String> urlBySource = new HashMap<>();

    private Page page(String relativePath, String text) throws IOException {
        Path file = content.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        PageReader reader = new PageReader(SITE, Permalink.parse("/posts/{slug}/"), ZoneOffset.UTC, null);
        Page page = reader.read(new SourceFile(file, relativePath), problems);
        assertThat(problems.errors()).as("errors reading %s", relativePath).isEmpty();
        urlBySource.put(relativePath, page.url());
        return page;
    }

    private Page post(String body) throws IOException {
        return page("post.md", "---\ntitle: Post\ndate: 2024-03-05T10:15:00Z\n---\n" + body);
    }

    private FeedItemFactory factory(ItemTemplate template, int wordsPerMinute, String linkParameters) {
        return new FeedItemFactory(
                new MarkdownRenderer(),
                new LinkRewriter(urlBySource::get),
                new FeaturedImages(SITE, content),
                template,
                wordsPerMinute,
                linkParameters,
                problems);
    }

    private FeedItemFactory factory() {
        return factory(null, 200, null);
    }

    private ItemTemplate template(String text) throws IOException {
        Path file = content.resolveSibling("item-template.mustache");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ItemTemplate.compile(file);
    }

    private static String words(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "word" + i).collect(Collectors.joining(" ")) + "\n";
    }

    @Test
    void item_fullMode_contentAndSummary() throws Exception {
        Page page = post("First paragraph.\n\nSecond *paragraph*.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).isEqualTo("<p>First paragraph.</p>\n<p>Second <em>paragraph</em>.</p>\n");
        assertThat(item.description()).isEqualTo("First paragraph.");
    }

    @Test
    void item_pageValues_copied() throws Exception {
        Page page = page("post.md", "---\ntitle: Post\ndate: 2024-03-05T10:15:00Z\nupdated: 2024-03-07\n"
                + "tags: [java, rss]\nauthor: Jane Doe\n---\nText.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.title()).isEqualTo("Post");
        assertThat(item.url()).isEqualTo("https://example.org/posts/post/");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2024-03-07T00:00:00Z"));
        assertThat(item.tags()).containsExactly("java", "rss");
        assertThat(item.authors()).extracting(author -> author.name()).containsExactly("Jane Doe");
    }

    @Test
    void item_summaryMode_summaryWithoutContent() throws Exception {
        Page page = post("First paragraph.\n\nSecond paragraph.\n");

        FeedItem item = factory().item(page, ContentMode.SUMMARY);

        assertThat(item.contentHtml()).isNull();
        assertThat(item.description()).isEqualTo("First paragraph.");
    }

    @Test
    void item_noneMode_neitherSummaryNorContent() throws Exception {
        Page page = post("First paragraph.\n");

        FeedItem item = factory().item(page, ContentMode.NONE);

        assertThat(item.contentHtml()).isNull();
        assertThat(item.description()).isNull();
        assertThat(item.title()).isEqualTo("Post");
        assertThat(item.link()).isEqualTo("https://example.org/posts/post/");
    }

    @Test
    void item_pageFeedContentSummary_lowersFullFeed() throws Exception {
        Page page = page("post.md", "---\ntitle: Post\ndate: 2024-03-05\nfeed_content: summary\n---\nText.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).isNull();
        assertThat(item.description()).isEqualTo("Text.");
    }

    @Test
    void item_pageFeedContentNone_lowersFullFeed() throws Exception {
        Page page = page("post.md", "---\ntitle: Post\ndate: 2024-03-05\nfeed_content: none\n---\nText.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).isNull();
        assertThat(item.description()).isNull();
    }

    @Test
    void item_pageFeedContentFull_neverRaisesSummaryFeed() throws Exception {
        Page page = page("post.md", "---\ntitle: Post\ndate: 2024-03-05\nfeed_content: full\n---\nText.\n");

        FeedItem item = factory().item(page, ContentMode.SUMMARY);

        assertThat(item.contentHtml()).isNull();
        assertThat(item.description()).isEqualTo("Text.");
    }

    @Test
    void item_linkParameters_onLinkNotId() throws Exception {
        Page page = post("Text.\n");

        FeedItem item = factory(null, 200, "utm_source=feed&utm_medium=rss").item(page, ContentMode.FULL);

        assertThat(item.link()).isEqualTo("https://example.org/posts/post/?utm_source=feed&utm_medium=rss");
        assertThat(item.url()).isEqualTo("https://example.org/posts/post/");
    }

    @Test
    void withLinkParameters_beforeFragment() {
        FeedItemFactory factory = factory(null, 200, "utm_source=feed");

        assertThat(factory.withLinkParameters("https://example.org/a.html#part-2"))
                .isEqualTo("https://example.org/a.html?utm_source=feed#part-2");
    }

    @Test
    void withLinkParameters_existingQuery_ampersand() {
        FeedItemFactory factory = factory(null, 200, "utm_source=feed");

        assertThat(factory.withLinkParameters("https://example.org/a?page=2"))
                .isEqualTo("https://example.org/a?page=2&utm_source=feed");
        assertThat(factory.withLinkParameters("https://example.org/a?page=2#top"))
                .isEqualTo("https://example.org/a?page=2&utm_source=feed#top");
    }

    @Test
    void withLinkParameters_surroundingSpaces_stripped() {
        FeedItemFactory factory = factory(null, 200, "  utm_source=feed \n");

        assertThat(factory.withLinkParameters("https://example.org/a.html"))
                .isEqualTo("https://example.org/a.html?utm_source=feed");
    }

    @Test
    void withLinkParameters_nullOrBlank_unchanged() {
        assertThat(factory(null, 200, null).withLinkParameters("https://example.org/a.html#x"))
                .isEqualTo("https://example.org/a.html#x");
        assertThat(factory(null, 200, "  ").withLinkParameters("https://example.org/a.html#x"))
                .isEqualTo("https://example.org/a.html#x");
    }

    @Test
    void wordCount_wordsOfRenderedText() throws Exception {
        Page page = post("Some **bold** words\n\n- and\n- a list\n\n```\ncode here\n```\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.wordCount()).isEqualTo(8);
    }

    @Test
    void wordCount_frontMatterNotCounted() throws Exception {
        Page page = page("post.md", "---\ntitle: A long title of many words\ndate: 2024-03-05\n"
                + "description: a description that has words too\n---\nthree body words\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.wordCount()).isEqualTo(3);
    }

    @Test
    void readingTime_floorAt200WordsPerMinute() throws Exception {
        FeedItemFactory factory = factory();

        assertThat(factory.item(page("a.md", "---\ntitle: A\ndate: 2024-03-01\n---\n" + words(399)), ContentMode.FULL)
                .readingMinutes()).isEqualTo(1);
        assertThat(factory.item(page("b.md", "---\ntitle: B\ndate: 2024-03-02\n---\n" + words(400)), ContentMode.FULL)
                .readingMinutes()).isEqualTo(2);
        assertThat(factory.item(page("c.md", "---\ntitle: C\ndate: 2024-03-03\n---\n" + words(599)), ContentMode.FULL)
                .readingMinutes()).isEqualTo(2);
    }

    @Test
    void readingTime_shortPage_oneMinute() throws Exception {
        FeedItem item = factory().item(post(words(10)), ContentMode.FULL);

        assertThat(item.wordCount()).isEqualTo(10);
        assertThat(item.readingMinutes()).isEqualTo(1);
    }

    @Test
    void readingTime_emptyBody_zeroWordsOneMinute() throws Exception {
        FeedItem item = factory().item(post(""), ContentMode.FULL);

        assertThat(item.wordCount()).isZero();
        assertThat(item.readingMinutes()).isEqualTo(1);
    }

    @Test
    void readingTime_configuredSpeed() throws Exception {
        FeedItem item = factory(null, 100, null).item(post(words(450)), ContentMode.FULL);

        assertThat(item.wordCount()).isEqualTo(450);
        assertThat(item.readingMinutes()).isEqualTo(4);
    }

    @Test
    void summary_descriptionFirst() throws Exception {
        Page page = page("post.md", "---\ntitle: Post\ndate: 2024-03-05\ndescription: From the front matter.\n---\n"
                + "Before the marker.\n\n<!--more-->\n\nAfter.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.description()).isEqualTo("From the front matter.");
    }

    @Test
    void summary_textBeforeMoreMarker() throws Exception {
        Page page = post("Intro with [a link](https://example.net/) and *emphasis*.\n\nSecond intro paragraph.\n\n"
                + "<!-- More -->\n\nThe rest.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.description()).isEqualTo("Intro with a link and emphasis. Second intro paragraph.");
    }

    @Test
    void summary_firstParagraphWithoutMarker() throws Exception {
        Page page = post("# Heading\n\nThe *first* paragraph.\n\nThe second paragraph.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.description()).isEqualTo("The first paragraph.");
    }

    @Test
    void summary_noParagraph_none() throws Exception {
        Page page = post("# Only a heading\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.description()).isNull();
    }

    @Test
    void template_figureFooterAndLinkBack() throws Exception {
        ItemTemplate template = template("{{#hasImage}}<figure><img src=\"{{image}}\" alt=\"{{title}}\"></figure>{{/hasImage}}"
                + "{{{content}}}<footer>{{readingTime}} min read · <a href=\"{{link}}\">Read on the site</a></footer>");
        Page page = page("bundle/index.md", "---\ntitle: Post\ndate: 2024-03-05\nslug: post\nimage: cover.png\n---\n"
                + words(450));

        FeedItem item = factory(template, 200, "utm_source=feed").item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).startsWith("<figure><img src=\"https://example.org/posts/post/cover.png\" alt=\"Post\"></figure><p>word1 ");
        assertThat(item.contentHtml()).contains("<footer>2 min read · ");
        assertThat(item.contentHtml()).endsWith("<a href=\"https://example.org/posts/post/?utm_source=feed\">Read on the site</a></footer>");
    }

    @Test
    void template_noImage_noFigure() throws Exception {
        ItemTemplate template = template("{{#hasImage}}<figure>{{image}}</figure>{{/hasImage}}{{{content}}}");

        FeedItem item = factory(template, 200, null).item(post("Text.\n"), ContentMode.FULL);

        assertThat(item.contentHtml()).isEqualTo("<p>Text.</p>\n");
    }

    @Test
    void template_escapesTitleKeepsContent() throws Exception {
        ItemTemplate template = template("<h1>{{title}}</h1>{{{content}}}");
        Page page = page("post.md", "---\ntitle: \"Bread & <b>Butter</b>\"\ndate: 2024-03-05\n---\nA *b*\n");

        FeedItem item = factory(template, 200, null).item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).isEqualTo("<h1>Bread &amp; &lt;b&gt;Butter&lt;/b&gt;</h1><p>A <em>b</em></p>\n");
    }

    @Test
    void template_relativeLinks_madeAbsolute() throws Exception {
        ItemTemplate template = template("{{{content}}}<p><a href=\"comments.html#form\">Comments</a> "
                + "<a href=\"#top\">Top</a> <img src=\"../../img/badge.svg\"> <a href=\"other.md\">Other</a></p>");
        page("other.md", "---\ntitle: Other\ndate: 2024-03-01\n---\nOther.\n");
        Page page = post("Text.\n");

        FeedItem item = factory(template, 200, null).item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).contains("<a href=\"https://example.org/posts/post/comments.html#form\">Comments</a>");
        assertThat(item.contentHtml()).contains("<a href=\"https://example.org/posts/post/#top\">Top</a>");
        assertThat(item.contentHtml()).contains("src=\"https://example.org/img/badge.svg\"");
        assertThat(item.contentHtml()).contains("<a href=\"https://example.org/posts/other/\">Other</a>");
    }

    @Test
    void template_variables_datesTagsAuthors() throws Exception {
        ItemTemplate template = template("{{date}}|{{dateIso}}|{{#tags}}[{{.}}]{{/tags}}|{{author}}|{{#authors}}({{.}}){{/authors}}"
                + "|{{wordCount}}|{{url}}|{{summary}}");
        Page page = page("post.md", "---\ntitle: Post\ndate: 2024-03-05T10:15:00Z\ntags: [java, c&c]\n"
                + "author: [Jane Doe, Bob]\n---\nOne two three.\n");

        FeedItem item = factory(template, 200, null).item(page, ContentMode.FULL);

        assertThat(item.contentHtml()).isEqualTo("March 5, 2024|2024-03-05T10:15:00Z|[java][c&amp;c]|Jane Doe|(Jane Doe)(Bob)"
                + "|3|https://example.org/posts/post/|One two three.");
    }

    @Test
    void template_thaiLocale_englishDate() throws Exception {
        ItemTemplate template = template("{{date}} {{readingTime}}");
        Page page = post(words(450));
        Locale saved = Locale.getDefault();
        FeedItem item;
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            item = factory(template, 200, null).item(page, ContentMode.FULL);
        } finally {
            Locale.setDefault(saved);
        }

        assertThat(item.contentHtml()).isEqualTo("March 5, 2024 2");
    }

    @Test
    void item_pageInSeveralFeeds_renderedOnce() throws Exception {
        Page page = post("Original text.\n");
        FeedItemFactory factory = factory();
        FeedItem first = factory.item(page, ContentMode.FULL);
        Files.writeString(page.source().path(), "---\ntitle: Post\ndate: 2024-03-05T10:15:00Z\n---\nChanged text.\n");

        FeedItem second = factory.item(page, ContentMode.FULL);
        FeedItem summary = factory.item(page, ContentMode.SUMMARY);

        assertThat(second.contentHtml()).isSameAs(first.contentHtml());
        assertThat(second.contentHtml()).isEqualTo("<p>Original text.</p>\n");
        assertThat(summary.description()).isSameAs(first.description());
    }

    @Test
    void item_featuredImage_resolvedWithSize() throws Exception {
        Files.createDirectories(content.resolve("bundle"));
        Files.write(content.resolve("bundle/cover.png"), new byte[42]);
        Page page = page("bundle/index.md", "---\ntitle: Post\ndate: 2024-03-05\nslug: post\nimage: cover.png\n---\nText.\n");

        FeedItem item = factory().item(page, ContentMode.FULL);

        assertThat(item.image()).isEqualTo(new Enclosure("https://example.org/posts/post/cover.png", 42, "image/png"));
    }
}
