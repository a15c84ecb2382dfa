package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItemValues;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post dated after the build started stays out of every output, feed-level dates included. */
class FutureDatedPostsCaseTest {

    private static final String CASE = "017-future-dated-posts";
    private static final String PAST = "https://example.org/posts/past/";
    private static final String SCHEDULED = "https://example.org/posts/scheduled/";
    private static final Instant BUILD_START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path work;

    private SiteBuild build() throws Exception {
        return SiteBuild.ofCase(CASE, work).buildStart(BUILD_START).run();
    }

    private static Instant rfc822(String text) {
        return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void feeds_onlyPastItem() throws Exception {
        SiteBuild site = build();

        assertThat(values(site.rss(), "//item/link")).containsExactly(PAST);
        assertThat(values(site.atom(), "//atom:entry/atom:id")).containsExactly(PAST);
        assertThat(jsonItemValues(site.json(), "id")).containsExactly(PAST);
    }

    @Test
    void sitemap_withoutScheduled() throws Exception {
        SiteBuild site = build();

        assertThat(values(site.sitemap(), "//sm:loc")).containsExactly(PAST);
    }

    @Test
    void outputs_noTraceOfScheduled() throws Exception {
        SiteBuild site = build();

        for (String file : List.of("rss.xml", "atom.xml", "feed.json", "sitemap.xml")) {
            assertThat(site.text(file)).as(file).doesNotContain("2099");
            assertThat(site.text(file)).as(file).doesNotContain("Scheduled for later");
            assertThat(site.text(file)).as(file).doesNotContain("walrus-lantern-7");
        }
    }

    @Test
    void rssChannelDates_notAfterBuild() throws Exception {
        SiteBuild site = build();

        Instant lastBuild = rfc822(value(site.rss(), "/rss/channel/lastBuildDate"));
        Instant published = rfc822(value(site.rss(), "/rss/channel/pubDate"));
        assertThat(lastBuild).isBeforeOrEqualTo(BUILD_START);
        assertThat(published).isBeforeOrEqualTo(BUILD_START);
    }

    @Test
    void rssChannelDates_newestItem() throws Exception {
        SiteBuild site = build();

        assertThat(value(site.rss(), "/rss/channel/lastBuildDate")).isEqualTo("Thu, 01 Feb 2024 10:00:00 GMT");
        assertThat(value(site.rss(), "/rss/channel/pubDate")).isEqualTo("Thu, 01 Feb 2024 10:00:00 GMT");
    }

    @Test
    void atomFeedUpdated_newestItem() throws Exception {
        SiteBuild site = build();

        String updated = value(site.atom(), "/atom:feed/atom:updated");
        assertThat(updated).isEqualTo("2024-02-01T10:00:00Z");
        assertThat(OffsetDateTime.parse(updated).toInstant()).isBeforeOrEqualTo(BUILD_START);
    }

    @Test
    void log_countsScheduled() throws Exception {
        SiteBuild site = build();

        assertThat(site.log()).contains(
                "[INFO] Left out 1 page dated after the build started; set <includeFuture> to publish them now");
    }

    @Test
    void includeFuture_scheduledListed() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).buildStart(BUILD_START).includeFuture(true).run();

        assertThat(values(site.rss(), "//item/link")).containsExactly(SCHEDULED, PAST);
        assertThat(values(site.sitemap(), "//sm:loc")).contains(SCHEDULED);
    }

    @Test
    void laterBuild_scheduledPublished() throws Exception {
        SiteBuild site = SiteBuild.ofCase(CASE, work).buildStart(Instant.parse("2099-01-01T10:00:00Z")).run();

        assertThat(values(site.rss(), "//item/link")).containsExactly(SCHEDULED, PAST);
    }
}
