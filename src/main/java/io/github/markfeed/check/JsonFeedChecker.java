package io.github.markfeed.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a parsed JSON Feed against version 1.1 of the JSON Feed specification, which also covers 1.0. */
final class JsonFeedChecker {

    static final Set<String> VERSIONS = Set.of("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1");

    private static final List<String> FEED_URLS = List.of("home_page_url", "feed_url", "next_url", "icon", "favicon");
    private static final List<String> ITEM_URLS = List.of("url", "external_url", "image", "banner_image");

    private final Findings findings;

    JsonFeedChecker(Findings findings) {
        this.findings = findings;
    }

    void check(JsonNode feed) {
        if (!feed.isObject()) {
            findings.error("", "jsonfeed.object", "the top level is not a JSON object");
            return;
        }

        String version = feed.path("version").asText("");
        if (!VERSIONS.contains(version)) {
            findings.error("version", "jsonfeed.version", "'" + version + "' is not a JSON Feed version;"
                    + " use 'https://jsonfeed.org/version/1.1'");
        }
        requiredString(feed, "title", "", "jsonfeed.title.missing");
        for (String member : FEED_URLS) {
            url(feed, member, "", "jsonfeed." + member + ".absolute");
        }
        optionalString(feed, "description", "");
        optionalString(feed, "user_comment", "");
        if (feed.has("language")) {
            language(feed.get("language"), "language", "jsonfeed.language.tag");
        }
        if (feed.has("expired") && !feed.get("expired").isBoolean()) {
            findings.error("expired", "jsonfeed.expired.boolean", "'expired' is not true or false");
        }
        authors(feed, "");
        hubs(feed);

        JsonNode items = feed.get("items");
        if (items == null || !items.isArray()) {
            findings.error(items == null ? "" : "items", "jsonfeed.items.missing",
                    items == null ? "the feed has no 'items' array, which JSON Feed requires" : "'items' is not an array");
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i), "items[" + i + "]", ids);
        }
    }

    private void item(JsonNode item, String path, Map<String, Integer> ids) {
        if (!item.isObject()) {
            findings.error(path, "jsonfeed.item.object", "the item is not a JSON object");
            return;
        }
        JsonNode id = item.get("id");
        if (id == null || id.isNull()) {
            findings.error(path, "jsonfeed.item.id.missing", "the item has no 'id', which JSON Feed requires");
        } else if (!id.isTextual()) {
            findings.warning(path + ".id", "jsonfeed.item.id.string",
                    "'id' is " + id.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + id
                            + "; JSON Feed ids are strings, so write it in quotes");
        } else if (id.asText().isEmpty()) {
            findings.error(path + ".id", "jsonfeed.item.id.empty", "'id' is empty");
        }
        if (id != null && (id.isTextual() || id.isNumber()) && !id.asText().isEmpty()) {
            Integer earlier = ids.putIfAbsent(id.asText(), ids.size());
            if (earlier != null) {
                findings.error(path + ".id", "jsonfeed.item.id.unique", "'" + id.asText()
                        + "' is also the id of an earlier item; every item needs its own id");
            }
        }
        boolean html = item.has("content_html") && !item.get("content_html").isNull();
        boolean text = item.has("content_text") && !item.get("content_text").isNull();
        if (!html && !text) {
            findings.error(path, "jsonfeed.item.content.missing",
                    "the item has neither 'content_html' nor 'content_text'; JSON Feed requires one of them");
        }
        for (String member : List.of("content_html", "content_text", "title", "summary")) {
            optionalString(item, member, path + ".");
        }
        for (String member : ITEM_URLS) {
            url(item, member, path + ".", "jsonfeed.item." + member + ".absolute");
        }
        for (String member : List.of("date_published", "date_modified")) {
            JsonNode date = item.get(member);
            if (date == null || date.isNull()) {
                continue;
            }
            String problem = date.isTextual() ? Values.rfc3339Problem(date.asText()) : "is not a string";
            if (problem != null) {
                findings.error(path + "." + member, "jsonfeed.item." + member + ".rfc3339",
                        "'" + date.asText() + "' " + problem);
            }
        }
        if (item.has("language")) {
            language(item.get("language"), path + ".language", "jsonfeed.item.language.tag");
        }
        JsonNode tags = item.get("tags");
        if (tags != null && !tags.isNull()) {
            if (!tags.isArray()) {
                findings.error(path + ".tags", "jsonfeed.item.tags.array", "'tags' is not an array of strings");
            } else {
                for (int i = 0; i < tags.size(); i++) {
                    if (!tags.get(i).isTextual()) {
                        findings.error(path + ".tags[" + i + "]", "jsonfeed.item.tags.array", "the tag is not a string");
                    }
                }
            }
        }
        authors(item, path + ".");
        attachments(item, path);
    }

    private void attachments(JsonNode item, String path) {
        JsonNode attachments = item.get("attachments");
        if (attachments == null || attachments.isNull()) {
            return;
        }
        if (!attachments.isArray()) {
            findings.error(path + ".attachments", "jsonfeed.item.attachments.array", "'attachments' is not an array");
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode attachment = attachments.get(i);
            String where = path + ".attachments[" + i + "]";
            if (!attachment.isObject()) {
                findings.error(where, "jsonfeed.item.attachment.object", "the attachment is not a JSON object");
                continue;
            }
            requiredString(attachment, "url", where, "jsonfeed.item.attachment.url.missing");
            url(attachment, "url", where + ".", "jsonfeed.item.attachment.url.absolute");
            requiredString(attachment, "mime_type", where, "jsonfeed.item.attachment.mime_type.missing");
            JsonNode mimeType = attachment.get("mime_type");
            if (mimeType != null && mimeType.isTextual() && !Values.isMimeType(mimeType.asText())) {
                findings.error(where + ".mime_type", "jsonfeed.item.attachment.mime_type.value",
                        "'" + mimeType.asText() + "' is not a MIME type such as 'audio/mpeg'");
            }
            for (String member : List.of("size_in_bytes", "duration_in_seconds")) {
                JsonNode number = attachment.get(member);
                if (number != null && !number.isNull() && (!number.isNumber() || number.asDouble() < 0)) {
                    findings.error(where + "." + member, "jsonfeed.item.attachment." + member + ".number",
                            "'" + number + "' is not a number of 0 or more");
                }
            }
        }
    }

    private void authors(JsonNode parent, String prefix) {
        JsonNode authors = parent.get("authors");
        if (authors != null && !authors.isNull()) {
            if (!authors.isArray()) {
                findings.error(prefix + "authors", "jsonfeed.authors.array", "'authors' is not an array");
                return;
            }
            for (int i = 0; i < authors.size(); i++) {
                author(authors.get(i), prefix + "authors[" + i + "]");
            }
        }
        JsonNode author = parent.get("author");
        if (author != null && !author.isNull()) {
            author(author, prefix + "author");
        }
    }

    private void author(JsonNode author, String path) {
        if (!author.isObject()) {
            findings.error(path, "jsonfeed.author.object", "the author is not a JSON object");
            return;
        }
        if (!author.hasNonNull("name") && !author.hasNonNull("url") && !author.hasNonNull("avatar")) {
            findings.error(path, "jsonfeed.author.empty",
                    "the author has no 'name', 'url' or 'avatar'; JSON Feed requires at least one");
        }
        url(author, "url", path + ".", "jsonfeed.author.url.absolute");
        url(author, "avatar", path + ".", "jsonfeed.author.avatar.absolute");
    }

    private void hubs(JsonNode feed) {
        JsonNode hubs = feed.get("hubs");
        if (hubs == null || hubs.isNull()) {
            return;
        }
        if (!hubs.isArray()) {
            findings.error("hubs", "jsonfeed.hubs.array", "'hubs' is not an array");
            return;
        }
        for (int i = 0; i < hubs.size(); i++) {
            String where = "hubs[" + i + "]";
            requiredString(hubs.get(i), "type", where, "jsonfeed.hub.type.missing");
            requiredString(hubs.get(i), "url", where, "jsonfeed.hub.url.missing");
            url(hubs.get(i), "url", where + ".", "jsonfeed.hub.url.absolute");
        }
    }

    private void language(JsonNode value, String path, String rule) {
        String problem = value.isTextual() ? Values.languageTagProblem(value.asText()) : "is not a string";
        if (problem != null) {
            findings.error(path, rule, "'" + value.asText() + "' " + problem);
        }
    }

    private void requiredString(JsonNode parent, String member, String path, String rule) {
        JsonNode value = parent.get(member);
        if (value == null || value.isNull()) {
            findings.error(path, rule, "'" + member + "' is missing, which JSON Feed requires");
        } else if (!value.isTextual()) {
            findings.error(join(path, member), rule.replace(".missing", ".string"), "'" + member + "' is not a string");
        }
    }

    private void optionalString(JsonNode parent, String member, String prefix) {
        JsonNode value = parent.get(member);
        if (value != null && !value.isNull() && !value.isTextual()) {
            findings.error(prefix + member, "jsonfeed." + member + ".string", "'" + member + "' is not a string");
        }
    }

    private void url(JsonNode parent, String member, String prefix, String rule) {
        JsonNode value = parent.get(member);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            findings.error(prefix + member, rule, "'" + member + "' is not a string");
            return;
        }
        String problem = Values.absoluteUrlProblem(value.asText());
        if (problem != null) {
            findings.error(prefix + member, rule, "'" + value.asText() + "' " + problem);
        }
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
