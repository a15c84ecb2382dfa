package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItem;
import static io.github.markfeed.cases.SiteBuild.jsonItemValues;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Dates in each format: RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, one instant in all three. */
class DateFormatCasesTest {

    private static final String CASE = "010-rfc3339-atom-and-jsonfeed";
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";
    private static final String DATE_ONLY = "https://example.org/posts/date-only/";
    private static final String NO_OFFSET = "https://example.org/posts/no-offset/";

    @TempDir
    Path work;

    private static String atomEntry(String id) {
        return "/atom:feed/atom:entry[atom:id='" + id + "']";
    }

    private static String rssItem(String link) {
        return "//item[link='" + link + "']";
    }

    private static void replaceInPage(SiteBuild site, String file, String from, String to) throws Exception {
        Path page = site.contentDirectory().resolve(file);
        String text = Files.readString(page);
        assertThat(text).contains(from);
        Files.writeString(page, text.replace(from, to));
    }

    @Test
    void rfc3339_atomPublishedInUtc() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        Document atom = site.atom();
        assertThat(value(atom, atomEntry(DATE_ONLY) + "/atom:published")).isEqualTo("2016-03-08T00:00:00Z");
        assertThat(value(atom, atomEntry(NO_OFFSET) + "/atom:published")).isIn("2023-08-14T09:41:07Z", "2023-08-14T09:41:07.123456Z");
    }

    @Test
    void rfc3339_jsonDatePublishedInUtc() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        Map<String, Object> json = site.json();
        assertThat(jsonItem(json, DATE_ONLY).get("date_published")).isEqualTo("2016-03-08T00:00:00Z");
        assertThat(jsonItem(json, NO_OFFSET).get("date_published")).isIn("2023-08-14T09:41:07Z", "2023-08-14T09:41:07.123456Z");
    }

    @Test
    void rfc822_rssPubDate() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        Document rss = site.rss();
        assertThat(value(rss, rssItem(DATE_ONLY) + "/pubDate")).isIn("Tue, 08 Mar 2016 00:00:00 GMT", "Tue, 08 Mar 2016 00:00:00 +0000");
        assertThat(value(rss, rssItem(NO_OFFSET) + "/pubDate")).isIn("Mon, 14 Aug 2023 09:41:07 GMT", "Mon, 14 Aug 2023 09:41:07 +0000");
    }

    @Test
    void rfc3339_everyAtomAndJsonDate() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        Document atom = site.atom();
        List<String> dates = new ArrayList<>(values(atom, "//atom:published | //atom:updated"));
        Map<String, Object> json = site.json();
        for (String member : List.of("date_published", "date_modified")) {
            jsonItemValues(json, member).stream().filter(date -> date != null).forEach(date -> dates.add((String) date));
        }
        assertThat(dates).hasSizeGreaterThanOrEqualTo(7);
        assertThat(dates).allSatisfy(date -> assertThat(date).matches(RFC_3339));
    }

    @Test
    void atomFeedUpdated_newestEntryDate() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        assertThat(value(site.atom(), "/atom:feed/atom:updated")).isIn("2023-08-14T09:41:07Z", "2023-08-14T09:41:07.123456Z");
    }

    @Test
    void jsonVersion_1_1() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        assertThat(site.json().get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    }

    @Test
    void sameInstant_inAllThreeFormats() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).run();

        Document rss = site.rss();
        Document atom = site.atom();
        Map<String, Object> json = site.json();
        for (String url : List.of(DATE_ONLY, NO_OFFSET)) {
            Instant fromRss = ZonedDateTime.parse(value(rss, rssItem(url) + "/pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant fromAtom = OffsetDateTime.parse(value(atom, atomEntry(url) + "/atom:published")).toInstant();
            Instant fromJson = OffsetDateTime.parse((String) jsonItem(json, url).get("date_published")).toInstant();
            assertThat(fromAtom).as("Atom date of %s", url).isEqualTo(fromRss);
            assertThat(fromJson).as("JSON date of %s", url).isEqualTo(fromRss);
        }
    }

    @Test
    void offsetDate_sameInstantInUtcEverywhere() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work);
        replaceInPage(site, "date-only.md", "date: 2016-03-08", "date: 2024-03-05T10:15:00+01:00");

        site.run();

        assertThat(value(site.atom(), atomEntry(DATE_ONLY) + "/atom:published")).isEqualTo("2024-03-05T09:15:00Z");
        assertThat(jsonItem(site.json(), DATE_ONLY).get("date_published")).isEqualTo("2024-03-05T09:15:00Z");
        assertThat(value(site.rss(), rssItem(DATE_ONLY) + "/pubDate")).isEqualTo("Tue, 05 Mar 2024 09:15:00 GMT");
    }

    @Test
    void updatedWithOffset_atomUpdatedAndJsonDateModified() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work);
        replaceInPage(site, "no-offset.md", "slug: no-offset\n", "slug: no-offset\nupdated: 2024-01-02 08:00:00 -0500\n");

        site.run();

        assertThat(value(site.atom(), atomEntry(NO_OFFSET) + "/atom:updated")).isEqualTo("2024-01-02T13:00:00Z");
        assertThat(jsonItem(site.json(), NO_OFFSET).get("date_modified")).isEqualTo("2024-01-02T13:00:00Z");
        assertThat(jsonItem(site.json(), DATE_ONLY)).doesNotContainKey("date_modified");
    }
}
