package io.github.markfeed.page;

import io.github.markfeed.content.SourceFile;
import io.github.markfeed.core.ContentMode;
import io.github.markfeed.core.DateSource;
import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.frontmatter.FrontMatter;
import io.github.markfeed.frontmatter.FrontMatter.Position;
import io.github.markfeed.frontmatter.FrontMatterParser;
import io.github.markfeed.frontmatter.ParsedSource;
import io.github.markfeed.frontmatter.SourceText;
import io.github.markfeed.url.SiteUrl;
import io.github.markfeed.url.TrailingSlash;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Page} from a Markdown file's front matter, accepting the keys and aliases that
 * Jekyll, Hugo and similar generators use so that existing content works unchanged.
 */
public final class PageReader {

    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");
    private static final Pattern DATE_FOLDERS = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})/");
    private static final Pattern ATX_HEADING_1 = Pattern.compile("^ {0,3}#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Set<String> BUNDLE_INDEX_NAMES = Set.of("index", "_index", "README", "readme");
    private static final Set<String> CHANGE_FREQUENCIES =
            Set.of("always", "hourly", "daily", "weekly", "monthly", "yearly", "never");

    private final FrontMatterParser parser = new FrontMatterParser();
    private final SiteUrl siteUrl;
    private final Permalink permalink;
    private final ZoneId zone;
    private final String defaultAuthor;
    private final TrailingSlash trailingSlash;
    private final Interner<String> tagNames = new Interner<>();
    private final Interner<Author> authorValues = new Interner<>();
    private final Interner<List<Author>> authorLists = new Interner<>();
    private final Set<String> languageFolders;
    private final DateRules dates;

    public PageReader(SiteUrl siteUrl, Permalink permalink, ZoneId zone, String defaultAuthor) {
        this(siteUrl, permalink, zone, defaultAuthor, TrailingSlash.KEEP, List.of());
    }

    public PageReader(
            SiteUrl siteUrl,
            Permalink permalink,
            ZoneId zone,
            String defaultAuthor,
            TrailingSlash trailingSlash,
            List<String> languageFolders) {
        this(siteUrl, permalink, defaultAuthor, trailingSlash, languageFolders, DateRules.defaults(zone));
    }

    /**
     * @param trailingSlash rule for the final slash of page URLs
     * @param languageFolders top-level folders that hold one language each, such as {@code en}
     *     and {@code fr}; a page in one of them gets that language and, as translation key, its
     *     path inside the folder
     * @param dates where dates come from and how they are parsed
     */
    public PageReader(
            SiteUrl siteUrl,
            Permalink permalink,
            String defaultAuthor,
            TrailingSlash trailingSlash,
            List<String> languageFolders,
            DateRules dates) {
        this.siteUrl = siteUrl;
        this.permalink = permalink;
        this.zone = dates.parser().zone();
        this.dates = dates;
        this.defaultAuthor = defaultAuthor == null || defaultAuthor.isBlank() ? null : defaultAuthor.trim();
        this.trailingSlash = trailingSlash;
        this.languageFolders = Set.copyOf(languageFolders);
    }

    /**
     * Reads one page. Reports every problem it finds in the file.
     *
     * @return the page, or {@code null} when the file has an error
     */
    public Page read(SourceFile source, ContentProblems problems) throws IOException {
        String file = source.relativePath();
        String text = SourceText.read(source.path(), file, problems);
        if (text == null) {
            return null;
        }
        ParsedSource parsed = parser.parse(text, file, problems);
        if (parsed == null) {
            return null;
        }
        return new Fields(source, parsed, problems).toPage();
    }

    /** Reads the fields of one page, collecting every problem before giving up. */
    private final class Fields {
        private final SourceFile source;
        private final String file;
        private final FrontMatter frontMatter;
        private final ParsedSource parsed;
        private final ContentProblems problems;
        private boolean failed;
        private boolean dateInvalid;

        Fields(SourceFile source, ParsedSource parsed, ContentProblems problems) {
            this.source = source;
            this.file = source.relativePath();
            this.frontMatter = parsed.frontMatter();
            this.parsed = parsed;
            this.problems = problems;
        }

        Page toPage() {
            String title = title();
            Instant published = publishedDate();
            Instant updated = updatedDate();
            String description = text("description", "summary", "excerpt");
            List<String> tags = tags();
            List<Author> authors = authors();
            String image = image();
            boolean draft = bool("draft", false) || !bool("published", true);
            boolean inSitemap = bool("sitemap", true);
            String url = url(published);
            ContentMode feedContent = feedContent();
            Page.SitemapInfo sitemapInfo = sitemapInfo();
            if (failed) {
                return null;
            }
            return new Page(source, title, published, updated, description, tags, authors, image, url, draft, inSitemap,
                    feedContent, sitemapInfo);
        }

        private Page.SitemapInfo sitemapInfo() {
            boolean noindex = bool("noindex", false);
            String robots = text("robots");
            if (robots != null && robots.toLowerCase(Locale.ROOT).contains("noindex")) {
                noindex = true;
            }
            String changeFrequency = text("changefreq");
            if (changeFrequency != null) {
                changeFrequency = changeFrequency.strip().toLowerCase(Locale.ROOT);
                if (!CHANGE_FREQUENCIES.contains(changeFrequency)) {
                    error(frontMatter.position("changefreq"), "invalid 'changefreq' '" + frontMatter.get("changefreq")
                            + "'; use one of always, hourly, daily, weekly, monthly, yearly, never");
                    changeFrequency = null;
                }
            }
            Double priority = priority();
            String language = language();
            String translationKey = text("translationKey", "translation_key");
            String folder = firstFolder();
            if (folder != null && languageFolders.contains(folder)) {
                if (language == null) {
                    language = LanguageTags.canonical(folder);
                }
                if (translationKey == null) {
                    translationKey = source.relativePathWithoutExtension().substring(folder.length() + 1);
                }
            }
            List<String> images = ImageReferences.find(parsed.body());
            boolean nothingSet = !noindex && changeFrequency == null && priority == null && language == null
                    && translationKey == null && images.isEmpty();
            return nothingSet
                    ? Page.SitemapInfo.NONE
                    : new Page.SitemapInfo(noindex, changeFrequency, priority, language,
                            translationKey == null ? null : translationKey.strip(), images);
        }

        private Double priority() {
            Object value = frontMatter.get("priority");
            if (value == null) {
                return null;
            }
            try {
                double priority = value instanceof Number number ? number.doubleValue() : Double.parseDouble(String.valueOf(value));
                if (priority >= 0.0 && priority <= 1.0) {
                    return priority;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(frontMatter.position("priority"), "invalid 'priority' '" + value + "'; use a number from 0.0 to 1.0");
            return null;
        }

        private String language() {
            String key = frontMatter.firstPresentKey("lang", "language");
            String value = key == null ? null : text(key);
            if (value == null) {
                return null;
            }
            String tag = value.strip().replace('_', '-');
            if (LanguageTags.isValid(tag)) {
                tag = LanguageTags.canonical(tag);
            } else {
                error(frontMatter.position(key), "invalid '" + key + "' '" + value
                        + "'; use a language tag such as en, en-US or pt-BR");
                return null;
            }
            return tag;
        }

        private String firstFolder() {
            String path = source.relativePath();
            int slash = path.indexOf('/');
            return slash < 0 ? null : path.substring(0, slash);
        }

        private ContentMode feedContent() {
            String value = text("feed_content");
            if (value == null) {
                return null;
            }
            try {
                return ContentMode.parse(value);
            } catch (IllegalArgumentException e) {
                error(frontMatter.position("feed_content"), "invalid 'feed_content': " + e.getMessage());
                return null;
            }
        }

        private String title() {
            String title = text("title");
            if (title == null && frontMatter.get("title") != null) {
                // text() has reported the bad value already.
                return null;
            }
            if (title == null) {
                title = firstHeading(parsed.body());
            }
            if (title == null || title.isBlank()) {
                error(Position.UNKNOWN, "page has no title; add 'title: ...' to the front matter or start the page with a '# Heading'");
                return null;
            }
            return title.strip();
        }

        private Instant publishedDate() {
            List<String> keys = new ArrayList<>(dates.dateKeys());
            keys.addAll(List.of("date", "pubDate", "published_at"));
            for (DateSource dateSource : dates.published()) {
                Instant date = switch (dateSource) {
                    case FRONTMATTER -> frontMatterDate(keys);
                    case FILENAME -> fileNameDate();
                    case GIT_CREATED -> dates.git().created(source.relativePath());
                    case GIT_UPDATED -> dates.git().updated(source.relativePath());
                };
                if (date != null) {
                    dates.statistics().published(dateSource);
                    return date;
                }
            }
            dates.statistics().published(null);
            return null;
        }

        private Instant updatedDate() {
            List<String> keys = List.of("updated", "lastmod", "last_modified_at", "modified");
            if (dates.updated().contains(DateSource.GIT_UPDATED) && dates.git().isUncommitted(source.relativePath())) {
                dates.statistics().uncommitted();
            }
            for (DateSource dateSource : dates.updated()) {
                Instant date = switch (dateSource) {
                    case FRONTMATTER -> frontMatterDate(keys);
                    case FILENAME -> fileNameDate();
                    case GIT_CREATED -> dates.git().created(source.relativePath());
                    case GIT_UPDATED -> dates.git().updated(source.relativePath());
                };
                if (date != null) {
                    dates.statistics().updated(dateSource);
                    return date;
                }
            }
            dates.statistics().updated(null);
            return null;
        }

        /** Returns the date of the first of the keys present; an invalid value is an error. */
        private Instant frontMatterDate(List<String> keys) {
            for (String key : keys) {
                Object value = lookup(key);
                if (value == null) {
                    continue;
                }
                try {
                    return dates.parser().parse(value);
                } catch (DateTimeException e) {
                    String topKey = key.contains(".") && frontMatter.get(key) == null ? key.substring(0, key.indexOf('.')) : key;
                    dateInvalid = true;
                    error(frontMatter.position(topKey), "invalid date '" + value + "' in '" + key
                            + "'; use ISO 8601, for example " + dates.parser().describeForms());
                    return null;
                }
            }
            return null;
        }

        /** Returns a front-matter value by key; a dotted key such as {@code ms.date} also looks into nested maps. */
        private Object lookup(String key) {
            Object value = frontMatter.get(key);
            if (value != null || !key.contains(".")) {
                return value;
            }
            Object current = frontMatter.values();
            for (String part : key.split("\\.")) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(part);
            }
            return current;
        }

        /** Returns the date of a {@code YYYY-MM-DD-} file-name prefix or of {@code YYYY/MM/DD/} folders. */
        private Instant fileNameDate() {
            Matcher prefix = DATE_PREFIX.matcher(fileName());
            Matcher folders = DATE_FOLDERS.matcher(source.relativePath());
            String date = prefix.matches() ? prefix.group(1)
                    : folders.find() ? folders.group(1) + "-" + folders.group(2) + "-" + folders.group(3) : null;
            if (date == null) {
                return null;
            }
            try {
                return LocalDate.parse(date).atStartOfDay(zone).toInstant();
            } catch (DateTimeException e) {
                error(Position.UNKNOWN, "the file's path gives the date '" + date
                        + "', which is not a valid date; rename the file or set 'date' in the front matter");
                return null;
            }
        }

        private String url(Instant published) {
            String pageSpecific = text("permalink");
            String slug = text("slug");
            if (slug == null) {
                slug = defaultSlug();
            }
            Permalink pattern = permalink;
            if (pageSpecific != null) {
                try {
                    pattern = Permalink.parse(pageSpecific);
                } catch (IllegalArgumentException e) {
                    error(frontMatter.position("permalink"), "invalid 'permalink': " + e.getMessage());
                    return null;
                }
            }
            if (pattern.usesDate() && published == null) {
                // When the date was given but invalid, that error is reported already.
                if (!dateInvalid) {
                    error(Position.UNKNOWN, "the permalink '" + pattern + "' uses the date, but the page has none; add 'date' to the front matter");
                }
                return null;
            }
            // An empty token, such as the slug of a top-level index.md, must not leave '//' behind.
            String path = trailingSlash.apply(pattern.expand(source.relativePathWithoutExtension(), slug, published, zone)
                    .replaceAll("/{2,}", "/"));
            String rejected = UnsafePaths.reason(path);
            if (rejected != null) {
                String key = pageSpecific != null ? "permalink" : frontMatter.get("slug") != null ? "slug" : null;
                error(key == null ? Position.UNKNOWN : frontMatter.position(key), "the page's URL path '" + path + "' "
                        + rejected + "; change " + (key == null ? "the file name" : "'" + key + "'"));
                return null;
            }
            return siteUrl.pageUrl(path);
        }

        private String defaultSlug() {
            String name = fileName();
            if (BUNDLE_INDEX_NAMES.contains(name)) {
                String folder = source.relativeFolder();
                return folder.substring(folder.lastIndexOf('/') + 1);
            }
            Matcher prefix = DATE_PREFIX.matcher(name);
            return prefix.matches() ? prefix.group(2) : name;
        }

        private String fileName() {
            String withoutExtension = source.relativePathWithoutExtension();
            return withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        }

        private List<String> tags() {
            Set<String> tags = new LinkedHashSet<>();
            for (String key : List.of("tags", "categories")) {
                Object value = frontMatter.get(key);
                if (value == null) {
                    continue;
                }
                if (value instanceof List<?> list) {
                    for (Object element : list) {
                        if (element instanceof Map<?, ?> || element instanceof List<?>) {
                            error(frontMatter.position(key), "'" + key + "' must be a list of names, but an entry is " + element
                                    + "; write each one as a plain value");
                        } else if (element != null && !String.valueOf(element).isBlank()) {
                            tags.add(tagNames.intern(String.valueOf(element).strip()));
                        }
                    }
                } else if (value instanceof Map<?, ?>) {
                    error(frontMatter.position(key), "'" + key + "' must be a list or a comma-separated string, not a mapping");
                } else {
                    for (String part : String.valueOf(value).split(",")) {
                        if (!part.isBlank()) {
                            tags.add(tagNames.intern(part.strip()));
                        }
                    }
                }
            }
            return List.copyOf(tags);
        }

        private List<Author> authors() {
            String key = frontMatter.firstPresentKey("author", "authors");
            if (key == null) {
                return defaultAuthor == null ? List.of() : authorLists.intern(List.of(new Author(defaultAuthor, null)));
            }
            Object value = frontMatter.get(key);
            List<Author> authors = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    addAuthor(authors, key, element);
                }
            } else {
                addAuthor(authors, key, value);
            }
            return authorLists.intern(List.copyOf(authors));
        }

        private void addAuthor(List<Author> authors, String key, Object value) {
            Author author = Authors.parse(value);
            if (author == null) {
                error(frontMatter.position(key), "invalid '" + key + "': " + value
                        + "; use a name, 'email@example.org (Name)', or a mapping with 'name' and 'email'");
            } else {
                authors.add(authorValues.intern(author));
            }
        }

        private String image() {
            String key = frontMatter.firstPresentKey("image", "cover", "featured_image");
            if (key == null) {
                return null;
            }
            Object value = frontMatter.get(key);
            if (value instanceof List<?> list) {
                value = list.isEmpty() ? null : list.get(0);
            }
            if (value instanceof Map<?, ?> map) {
                Object inner = map.get("src");
                inner = inner == null ? map.get("url") : inner;
                inner = inner == null ? map.get("path") : inner;
                value = inner;
            }
            if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
                error(frontMatter.position(key), "invalid '" + key + "'; give the image's path or URL as a string");
                return null;
            }
            String image = String.valueOf(value).strip();
            return image.isEmpty() ? null : image;
        }

        private String text(String... keys) {
            String key = frontMatter.firstPresentKey(keys);
            if (key == null) {
                return null;
            }
            Object value = frontMatter.get(key);
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                error(frontMatter.position(key), "'" + key + "' must be a single value, not a "
                        + (value instanceof List<?> ? "list" : "mapping") + "; write it as 'key: text'");
                return null;
            }
            return String.valueOf(value);
        }

        private boolean bool(String key, boolean fallback) {
            Object value = frontMatter.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean flag) {
                return flag;
            }
            error(frontMatter.position(key), "'" + key + "' must be true or false, not '" + value + "'");
            return fallback;
        }

        private void error(Position position, String message) {
            failed = true;
            problems.error(new ContentProblem(file, position.line(), position.column(), message));
        }
    }

    /** Returns the text of the first level-1 ATX heading outside fenced code, or {@code null}. */
    static String firstHeading(String body) {
        String fence = null;
        for (String line : body.split("\n", -1)) {
            Matcher fenceMatcher = FENCE.matcher(line);
            if (fenceMatcher.find()) {
                String marker = fenceMatcher.group(1);
                if (fence == null) {
                    fence = marker;
                    continue;
                }
                // A closing fence repeats the opening character at least as often and has no info string.
                boolean closes = marker.charAt(0) == fence.charAt(0)
                        && marker.length() >= fence.length()
                        && line.strip().length() == marker.length();
                if (closes) {
                    fence = null;
                }
                continue;
            }
            if (fence != null) {
                continue;
            }
            Matcher heading = ATX_HEADING_1.matcher(line);
            if (heading.matches()) {
                return heading.group(1);
            }
        }
        return null;
    }
}
