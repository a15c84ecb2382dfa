package io.github.markfeed.json;

import io.github.markfeed.TestJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.feed.Enclosure;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.page.Author;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFeedWriterTest {

    private static final Instant MARCH_5 = Instant.parse("2024-03-05T10:15:00Z");
    private static final Instant MARCH_6 = Instant.parse("2024-03-06T00:00:00Z");

    private static FeedChannel channel(String hubUrl) {
        return new FeedChannel(
                "Example Blog",
                "https://example.org/",
                "News from the example",
                "en-us",
                "© 2024 Example",
                "editor@example.org (Ed Itor)",
                null,
                60,
                "https://example.org/logo.png",
                "https://example.org/favicon.ico",
                null,
                "https://example.org/feed.json",
                hubUrl,
                MARCH_5,
                MARCH_6,
                "1.0",
                List.of(new Author("Ed Itor", "editor@example.org")));
    }

    private static FeedChannel minimalChannel() {
        return new FeedChannel("Minimal", "https://example.org/", null, null, null, null, null, null, null, null, null,
                "https://example.org/feed.json", null, null, null, "1.0", List.of());
    }

    private static FeedItem item(String title, String html) {
        return new FeedItem(title, "https://example.org/a.html", "https://example.org/a.html?utm_source=feed",
                "Summary", html, MARCH_5, MARCH_6,
                List.of(new Author("Jane Doe", "jane@example.org"), new Author("Bob", null)), List.of("java", "json"),
                new Enclosure("https://example.org/img/a.png", 1234, "image/png"), 450, 2);
    }

    private static FeedItem plainItem(String description, String html, Instant updated) {
        return new FeedItem("Plain", "https://example.org/b.html", "https://example.org/b.html", description, html,
                MARCH_5, updated, List.of(), List.of(), null, 0, 1);
    }

    private static String write(FeedChannel channel, List<FeedItem> items) throws IOException {
        StringWriter out = new StringWriter();
        new JsonFeedWriter().write(channel, items, out);
        return out.toString();
    }

    /** Reads JSON text into maps, lists, strings, longs, booleans and nulls, rejecting duplicate keys. */
    static Object readJson(String text) throws IOException {
        return TestJson.read(text);
    }


    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static Map<String, Object> feed(String json) throws IOException {
        return object(readJson(json));
    }

    private static Map<String, Object> firstItem(String json) throws IOException {
        return object(array(feed(json).get("items")).get(0));
    }

    @Test
    void write_feed_topLevelMembers() throws Exception {
        Map<String, Object> feed = feed(write(channel(null), List.of()));

        assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title")).isEqualTo("Example Blog");
        assertThat(feed.get("home_page_url")).isEqualTo("https://example.org/");
        assertThat(feed.get("feed_url")).isEqualTo("https://example.org/feed.json");
        assertThat(feed.get("description")).isEqualTo("News from the example");
        assertThat(feed.get("icon")).isEqualTo("https://example.org/logo.png");
        assertThat(feed.get("favicon")).isEqualTo("https://example.org/favicon.ico");
        assertThat(feed.get("language")).isEqualTo("en-us");
    }

    @Test
    void write_feed_versionFirst() throws Exception {
        Map<String, Object> feed = feed(write(channel(null), List.of()));

        assertThat(feed.keySet()).first().isEqualTo("version");
    }

    @Test
    void write_feedAuthors_nameAndMailto() throws Exception {
        Map<String, Object> feed = feed(write(channel(null), List.of()));

        List<Object> authors = array(feed.get("authors"));
        assertThat(authors).hasSize(1);
        assertThat(object(authors.get(0)).get("name")).isEqualTo("Ed Itor");
        assertThat(object(authors.get(0)).get("url")).isEqualTo("mailto:editor@example.org");
    }

    @Test
    void write_hub_listedAsWebSub() throws Exception {
        Map<String, Object> feed = feed(write(channel("https://hub.example.org/"), List.of()));

        List<Object> hubs = array(feed.get("hubs"));
        assertThat(hubs).hasSize(1);
        assertThat(object(hubs.get(0)).get("type")).isEqualTo("WebSub");
        assertThat(object(hubs.get(0)).get("url")).isEqualTo("https://hub.example.org/");
    }

    @Test
    void write_noHub_noHubsMember() throws Exception {
        Map<String, Object> feed = feed(write(channel(null), List.of()));

        assertThat(feed).doesNotContainKey("hubs");
    }

    @Test
    void write_nullOptionalFields_leftOut() throws Exception {
        Map<String, Object> feed = feed(write(minimalChannel(), List.of()));

        assertThat(feed).doesNotContainKeys("description", "icon", "favicon", "language", "authors", "hubs");
        assertThat(feed.get("title")).isEqualTo("Minimal");
    }

    @Test
    void write_emptyFeed_emptyItemsArray() throws Exception {
        Map<String, Object> feed = feed(write(minimalChannel(), List.of()));

        assertThat(feed).containsKey("items");
        assertThat(array(feed.get("items"))).isEmpty();
    }

    @Test
    void write_item_members() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(item("Hello", "<p>Body</p>\n"))));

        assertThat(item.get("id")).isEqualTo("https://example.org/a.html");
        assertThat(item.get("url")).isEqualTo("https://example.org/a.html?utm_source=feed");
        assertThat(item.get("title")).isEqualTo("Hello");
        assertThat(item.get("content_html")).isEqualTo("<p>Body</p>\n");
        assertThat(item.get("summary")).isEqualTo("Summary");
        assertThat(item.get("image")).isEqualTo("https://example.org/img/a.png");
        assertThat(item.get("date_published")).isEqualTo("2024-03-05T10:15:00Z");
        assertThat(item.get("date_modified")).isEqualTo("2024-03-06T00:00:00Z");
        assertThat(array(item.get("tags"))).containsExactly("java", "json");
    }

    @Test
    void write_itemAuthors_mailtoOnlyWithEmail() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(item("Hello", "<p>x</p>"))));

        List<Object> authors = array(item.get("authors"));
        assertThat(authors).hasSize(2);
        assertThat(object(authors.get(0)).get("name")).isEqualTo("Jane Doe");
        assertThat(object(authors.get(0)).get("url")).isEqualTo("mailto:jane@example.org");
        assertThat(object(authors.get(1)).get("name")).isEqualTo("Bob");
        assertThat(object(authors.get(1))).doesNotContainKey("url");
    }

    @Test
    void write_extension_wordCountAndReadingTime() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(item("Hello", "<p>x</p>"))));

        Map<String, Object> extension = object(item.get("_markfeed"));
        assertThat(extension.get("word_count")).isEqualTo(450L);
        assertThat(extension.get("reading_time_minutes")).isEqualTo(2L);
    }

    @Test
    void write_noContent_summaryAsContentText() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(plainItem("Only the summary", null, null))));

        assertThat(item).doesNotContainKey("content_html");
        assertThat(item.get("content_text")).isEqualTo("Only the summary");
        assertThat(item.get("summary")).isEqualTo("Only the summary");
    }

    @Test
    void write_noContentNoSummary_titleAsContentText() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(plainItem(null, null, null))));

        assertThat(item).doesNotContainKeys("content_html", "summary");
        assertThat(item.get("content_text")).isEqualTo("Plain");
    }

    @Test
    void write_contentHtml_noContentText() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(plainItem("S", "<p>x</p>", null))));

        assertThat(item).doesNotContainKey("content_text");
    }

    @Test
    void write_noImageNoTagsNoAuthors_membersLeftOut() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(plainItem("S", "<p>x</p>", null))));

        assertThat(item).doesNotContainKeys("image", "tags", "authors");
    }

    @Test
    void write_updatedEarlierThanPublished_noDateModified() throws Exception {
        Instant earlier = MARCH_5.minusSeconds(3600);

        Map<String, Object> item = firstItem(write(channel(null), List.of(plainItem("S", "<p>x</p>", earlier))));

        assertThat(item).doesNotContainKey("date_modified");
        assertThat(item.get("date_published")).isEqualTo("2024-03-05T10:15:00Z");
    }

    @Test
    void write_updatedEqualToPublished_noDateModified() throws Exception {
        Map<String, Object> item = firstItem(write(channel(null), List.of(plainItem("S", "<p>x</p>", MARCH_5))));

        assertThat(item).doesNotContainKey("date_modified");
    }

    @Test
    void write_fractionalSeconds_rfc3339ToTheSecond() throws Exception {
        FeedItem item = new FeedItem("T", "https://example.org/c.html", "https://example.org/c.html", null, "<p>x</p>",
                Instant.parse("2023-08-14T09:41:07.123456Z"), Instant.parse("2023-08-15T00:00:00.5Z"), List.of(), List.of(),
                null, 0, 1);

        Map<String, Object> written = firstItem(write(channel(null), List.of(item)));

        assertThat(written.get("date_published")).isEqualTo("2023-08-14T09:41:07Z");
        assertThat(written.get("date_modified")).isEqualTo("2023-08-15T00:00:00Z");
    }

    @Test
    void write_items_keptInGivenOrder() throws Exception {
        List<FeedItem> items = List.of(item("Third", "<p>3</p>"), item("First", "<p>1</p>"), item("Second", "<p>2</p>"));

        List<Object> written = array(feed(write(channel(null), items)).get("items"));

        assertThat(written).extracting(item -> object(item).get("title")).containsExactly("Third", "First", "Second");
    }

    @Test
    void write_controlCharacters_escapedAsUnicode() throws Exception {
        String title = "tab\there, vertical\u000btab, escape\u001b";

        String json = write(channel(null), List.of(item(title, "<p>bell\u0007</p>")));

        assertThat(json).doesNotContain("\u000b", "\u001b", "\u0007", "\t");
        assertThat(json.toLowerCase(Locale.ROOT)).contains("\\u000b", "\\u001b", "\\u0007");
        assertThat(firstItem(json).get("title")).isEqualTo(title);
        assertThat(firstItem(json).get("content_html")).isEqualTo("<p>bell\u0007</p>");
    }

    @Test
    void write_scriptEndTagAndQuotes_decodedIdentical() throws Exception {
        String html = "<script>var s = \"</script>\";</script><p title='a'>\"quoted\" \\ back</p>";

        String json = write(channel(null), List.of(item("Say \"hi\" </script>", html)));

        assertThat(firstItem(json).get("content_html")).isEqualTo(html);
        assertThat(firstItem(json).get("title")).isEqualTo("Say \"hi\" </script>");
        assertThat(json).contains("\"title\": \"Say \\\"hi\\\" </script>\"");
    }

    @Test
    void write_nonAsciiText_keptAsUtf8Characters() throws Exception {
        String title = "Привет, 日本 \uD83D\uDE00";

        String json = write(channel(null), List.of(item(title, "<p>x</p>")));

        assertThat(firstItem(json).get("title")).isEqualTo(title);
        assertThat(json).contains("Привет, 日本");
    }

    @Test
    void write_output_endsWithLineFeed() throws Exception {
        String json = write(channel(null), List.of(item("Hello", "<p>x</p>")));

        assertThat(json).endsWith("}\n");
        assertThat(json).doesNotEndWith("\n\n");
    }

    @Test
    void write_lineEndings_lineFeedOnly() throws Exception {
        String json = write(channel(null), List.of(item("Hello", "<p>a\r\nb</p>")));

        assertThat(json).doesNotContain("\r");
        assertThat(json).contains("\n  \"title\"");
        assertThat(firstItem(json).get("content_html")).isEqualTo("<p>a\r\nb</p>");
    }

    @Test
    void write_sameInput_identicalOutput() throws Exception {
        List<FeedItem> items = List.of(item("Hello", "<p>x</p>"), plainItem(null, null, null));

        String first = write(channel("https://hub.example.org/"), items);
        String second = write(channel("https://hub.example.org/"), items);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void write_thaiLocale_asciiDigits() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));

            String json = write(channel(null), List.of(item("Hello", "<p>x</p>")));

            Map<String, Object> item = firstItem(json);
            assertThat(item.get("date_published")).isEqualTo("2024-03-05T10:15:00Z");
            assertThat(object(item.get("_markfeed")).get("word_count")).isEqualTo(450L);
            assertThat(json.chars().filter(c -> c > 127).count()).as("non-ASCII characters").isZero();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rfc3339_utcToTheSecond() {
        assertThat(JsonFeedWriter.rfc3339(Instant.parse("2024-03-05T10:15:00.999Z"))).isEqualTo("2024-03-05T10:15:00Z");
        assertThat(JsonFeedWriter.rfc3339(Instant.parse("2016-03-08T00:00:00Z"))).isEqualTo("2016-03-08T00:00:00Z");
    }
}
