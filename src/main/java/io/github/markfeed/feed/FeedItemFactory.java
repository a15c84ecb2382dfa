package io.github.markfeed.feed;

import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.frontmatter.FrontMatterParser;
import io.github.markfeed.frontmatter.ParsedSource;
import io.github.markfeed.frontmatter.SourceText;
import io.github.markfeed.frontmatter.XmlCharacters;
import io.github.markfeed.page.Author;
import io.github.markfeed.page.Page;
import io.github.markfeed.render.ItemTemplate;
import io.github.markfeed.render.LinkRewriter;
import io.github.markfeed.render.MarkdownRenderer;
import io.github.markfeed.render.PlainText;
import io.github.markfeed.render.Summaries;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns pages into feed items. Each page's Markdown is rendered once, however many feeds list it.
 */
public final class FeedItemFactory {

    private static final String READABLE_DATE_PATTERN = "MMMM d, uuuu";

    private final MarkdownRenderer renderer;
    private final LinkRewriter links;
    private final FeaturedImages images;
    private final ItemTemplate template;
    private final int wordsPerMinute;
    private final String linkParameters;
    private final ContentProblems problems;
    private final FrontMatterParser parser = new FrontMatterParser();
    private final Map<Page, Rendered> rendered = new IdentityHashMap<>();
    private final DateTimeFormatter readableDate;

    /**
     * @param renderer the run's Markdown renderer
     * @param links rewrites links in the HTML
     * @param images resolves featured images
     * @param template wraps each item's HTML, or {@code null}
     * @param wordsPerMinute reading speed for the reading time
     * @param linkParameters query parameters for item links, or {@code null}
     * @param problems receives warnings about links, images and templates
     */
    public FeedItemFactory(
            MarkdownRenderer renderer,
            LinkRewriter links,
            FeaturedImages images,
            ItemTemplate template,
            int wordsPerMinute,
            String linkParameters,
            ContentProblems problems) {
        this(renderer, links, images, template, wordsPerMinute, linkParameters, problems, ZoneOffset.UTC);
    }

    /**
     * @param zone the site's zone, in which the template's {@code date} is written
     */
    public FeedItemFactory(
            MarkdownRenderer renderer,
            LinkRewriter links,
            FeaturedImages images,
            ItemTemplate template,
            int wordsPerMinute,
            String linkParameters,
            ContentProblems problems,
            ZoneId zone) {
        this.readableDate = DateTimeFormatter.ofPattern(READABLE_DATE_PATTERN, Locale.ENGLISH).withZone(zone);
        this.renderer = renderer;
        this.links = links;
        this.images = images;
        this.template = template;
        this.wordsPerMinute = wordsPerMinute;
        this.linkParameters = linkParameters == null || linkParameters.isBlank() ? null : linkParameters.strip();
        this.problems = problems;
    }

    /**
     * Builds a page's item for a feed with the given content mode; the page's own
     * {@code feed_content} can only reduce it.
     */
    public FeedItem item(Page page, ContentMode feedContent) throws IOException {
        Rendered output = rendered(page);
        ContentMode mode = feedContent.restrictedBy(page.feedContent());
        String description = mode == ContentMode.NONE ? null : output.summary();
        String content = mode == ContentMode.FULL ? output.html() : null;
        return new FeedItem(
                visibleText(page.title()),
                page.url(),
                withLinkParameters(page.url()),
                description,
                content,
                page.published(),
                page.updated(),
                page.authors(),
                page.tags(),
                output.image(),
                output.words(),
                output.readingMinutes());
    }

    /**
     * Returns a front-matter title or description as feeds show it: plain text, without the
     * characters XML forbids, trimmed after they are removed so that no edge whitespace is left.
     */
    private static String visibleText(String value) {
        return value == null ? null : PlainText.of(XmlCharacters.clean(value).strip());
    }

    private Rendered rendered(Page page) throws IOException {
        Rendered cached = rendered.get(page);
        if (cached == null) {
            cached = render(page);
            rendered.put(page, cached);
        }
        return cached;
    }

    private Rendered render(Page page) throws IOException {
        String file = page.source().relativePath();
        String folder = page.source().relativeFolder();
        // Problems of the file itself were reported when its front matter was read.
        ContentProblems alreadyReported = new ContentProblems();
        String text = SourceText.read(page.source().path(), file, alreadyReported);
        ParsedSource parsed = parser.parse(text, file, alreadyReported);
        String body = parsed.body();
        String html = renderer.render(body);

        String summary = page.description() != null ? visibleText(page.description()) : summary(body, html);
        String plainText = LinkRewriter.plainText(html);
        int words = plainText.isEmpty() ? 0 : plainText.split("\\s+").length;
        int minutes = Math.max(1, words / wordsPerMinute);

        Enclosure image = null;
        if (page.image() != null) {
            try {
                image = images.resolve(page.image(), page.url(), folder);
            } catch (IllegalArgumentException e) {
                problems.warning(ContentProblem.inFile(file, "the featured image '" + page.image()
                        + "' is not a valid URL (" + e.getMessage() + "); the item has no image"));
            }
        }
        if (template != null) {
            html = applyTemplate(page, html, summary, image, words, minutes);
        }
        String absolute = links.rewrite(html, page.url(), folder,
                warning -> problems.warning(ContentProblem.inFile(file, warning)));
        return new Rendered(absolute, summary, image, words, minutes);
    }

    private String applyTemplate(Page page, String html, String summary, Enclosure image, int words, int minutes) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", page.title());
        variables.put("url", page.url());
        variables.put("link", withLinkParameters(page.url()));
        variables.put("content", html);
        variables.put("summary", summary == null ? "" : summary);
        variables.put("image", image == null ? "" : image.url());
        variables.put("hasImage", image != null);
        variables.put("readingTime", minutes);
        variables.put("wordCount", words);
        variables.put("date", readableDate.format(page.published()));
        variables.put("dateIso", page.published().toString());
        variables.put("tags", page.tags());
        List<String> authorNames = new ArrayList<>();
        for (Author author : page.authors()) {
            authorNames.add(author.name());
        }
        variables.put("author", authorNames.isEmpty() ? "" : authorNames.get(0));
        variables.put("authors", authorNames);
        return template.render(variables);
    }

    private String summary(String body, String html) {
        String beforeMore = Summaries.beforeMoreMarker(body);
        if (beforeMore != null) {
            String text = LinkRewriter.plainText(renderer.render(beforeMore));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return Summaries.firstParagraph(html);
    }

    /** Appends the configured query parameters to a link, before its fragment. */
    String withLinkParameters(String url) {
        if (linkParameters == null) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + linkParameters + fragment;
    }

    private record Rendered(String html, String summary, Enclosure image, int words, int readingMinutes) {}
}
