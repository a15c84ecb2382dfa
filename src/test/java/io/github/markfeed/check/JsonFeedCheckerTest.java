package io.github.markfeed.check;

import static io.github.markfeed.check.Samples.JSON_FEED;
import static io.github.markfeed.check.Samples.check;
import static io.github.markfeed.check.Samples.replace;
import static io.github.markfeed.check.Samples.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFeedCheckerTest {

    @TempDir
    Path folder;

    private List<Finding> checkJson(String text) throws Exception {
        return check(folder, "feed.json", text);
    }

    @Test
    void validSample_noFindings() throws Exception {
        assertThat(checkJson(JSON_FEED)).isEmpty();
    }

    @Test
    void trailingComma_syntaxError() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "[\"tides\"]", "[\"tides\",]"));

        assertThat(rules(findings)).containsExactly("json.syntax");
        assertThat(findings.get(0).location()).startsWith("15:");
    }

    @Test
    void repeatedKey_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"title\": \"Harbour notes\",", "\"title\": \"A\", \"title\": \"B\","));

        assertThat(rules(findings)).containsExactly("json.duplicate-key");
    }

    @Test
    void itemWithoutId_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"id\": \"https://harbour.example.net/ferry/\",", ""));

        assertThat(rules(findings)).containsExactly("jsonfeed.item.id.missing");
        assertThat(findings.get(0).location()).isEqualTo("items[1]");
    }

    @Test
    void duplicateIds_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"id\": \"https://harbour.example.net/ferry/\"",
                "\"id\": \"https://harbour.example.net/tides/\""));

        assertThat(rules(findings)).containsExactly("jsonfeed.item.id.unique");
        assertThat(findings.get(0).location()).isEqualTo("items[1].id");
    }

    @Test
    void itemWithoutContent_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"content_text\": \"Earlier boats.\",", ""));

        assertThat(rules(findings)).containsExactly("jsonfeed.item.content.missing");
    }

    @Test
    void badDate_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "2025-02-14T08:30:00Z", "2025-02-14 08:30"));

        assertThat(rules(findings)).containsExactly("jsonfeed.item.date_published.rfc3339");
        assertThat(findings.get(0).location()).isEqualTo("items[1].date_published");
    }

    @Test
    void relativeItemUrl_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"url\": \"https://harbour.example.net/ferry/\"", "\"url\": \"/ferry/\""));

        assertThat(rules(findings)).containsExactly("jsonfeed.item.url.absolute");
        assertThat(findings.get(0).location()).isEqualTo("items[1].url");
    }

    @Test
    void javaLocaleLanguage_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"en-GB\"", "\"en_GB\""));

        assertThat(rules(findings)).containsExactly("jsonfeed.language.tag");
    }

    @Test
    void missingTitle_reported() throws Exception {
        List<Finding> findings = checkJson(replace(JSON_FEED, "\"title\": \"Harbour notes\",", ""));

        assertThat(rules(findings)).containsExactly("jsonfeed.title.missing");
    }

    @Test
    void otherJson_skipped() throws Exception {
        Path file = folder.resolve("manifest.json");
        java.nio.file.Files.writeString(file, "{\"name\": \"app\"}");

        FeedChecker.Result result = new FeedChecker(folder).checkFile(file, "manifest.json", null);

        assertThat(result.kind()).isEqualTo(FeedChecker.Kind.UNKNOWN);
        assertThat(result.findings()).isEmpty();
    }
}
