package io.github.markfeed.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.page.Author;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a JSON Feed 1.1 with Jackson's streaming generator, members in a fixed order so that
 * the same feed always gives the same bytes.
 */
public final class JsonFeedWriter {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** Name of markfeed's extension object on each item; JSON Feed extensions start with an underscore. */
    public static final String EXTENSION = "_markfeed";

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Writes the feed to {@code out}, which the caller opens as UTF-8.
     *
     * @throws IOException when writing fails
     */
    public void write(FeedChannel channel, List<FeedItem> items, Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        DefaultIndenter newLineIndenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        json.setPrettyPrinter(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(newLineIndenter)
                .withArrayIndenter(newLineIndenter));

        json.writeStartObject();
        json.writeStringField("version", VERSION);
        json.writeStringField("title", channel.title());
        json.writeStringField("home_page_url", channel.link());
        json.writeStringField("feed_url", channel.selfUrl());
        writeIfPresent(json, "description", channel.description());
        writeIfPresent(json, "icon", channel.imageUrl());
        writeIfPresent(json, "favicon", channel.iconUrl());
        writeIfPresent(json, "language", channel.language());
        writeAuthors(json, channel.authors());
        if (channel.hubUrl() != null) {
            json.writeArrayFieldStart("hubs");
            json.writeStartObject();
            json.writeStringField("type", "WebSub");
            json.writeStringField("url", channel.hubUrl());
            json.writeEndObject();
            json.writeEndArray();
        }

        json.writeArrayFieldStart("items");
        for (FeedItem item : items) {
            writeItem(json, item);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static void writeItem(JsonGenerator json, FeedItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.url());
        json.writeStringField("url", item.link());
        json.writeStringField("title", item.title());
        if (item.contentHtml() != null) {
            json.writeStringField("content_html", item.contentHtml());
        } else {
            // JSON Feed requires content_html or content_text; a feed without content repeats the summary.
            json.writeStringField("content_text", item.description() != null ? item.description() : item.title());
        }
        writeIfPresent(json, "summary", item.description());
        if (item.image() != null) {
            json.writeStringField("image", item.image().url());
        }
        json.writeStringField("date_published", rfc3339(item.published()));
        if (item.updated() != null && item.updated().isAfter(item.published())) {
            json.writeStringField("date_modified", rfc3339(item.updated()));
        }
        writeAuthors(json, item.authors());

        if (!item.tags().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : item.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart(EXTENSION);
        json.writeNumberField("word_count", item.wordCount());
        json.writeNumberField("reading_time_minutes", item.readingMinutes());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeAuthors(JsonGenerator json, List<Author> authors) throws IOException {
        if (authors.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("authors");
        for (Author author : authors) {
            json.writeStartObject();
            json.writeStringField("name", author.name());
            if (author.email() != null) {
                json.writeStringField("url", "mailto:" + author.email());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    /** Formats an instant as RFC 3339 in UTC to the second, such as {@code 2024-03-05T10:15:00Z}. */
    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
