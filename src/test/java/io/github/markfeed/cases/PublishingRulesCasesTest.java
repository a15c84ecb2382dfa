package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItemValues;
import static io.github.markfeed.cases.SiteBuild.jsonItems;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Which pages are published, in which order, and what an empty site produces. */
class PublishingRulesCasesTest {

    @TempDir
    Path work;

    @Test
    void drafts_leftOutOfFeedAndSitemap() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).run();

        assertThat(values(site.rss(), "//item/link"))
                .containsExactly("https://example.org/posts/published/", "https://example.org/posts/no-draft-key/");
        assertThat(values(site.sitemap(), "//sm:loc"))
                .containsExactly("https://example.org/posts/no-draft-key/", "https://example.org/posts/published/");
        for (String file : new String[] {"rss.xml", "sitemap.xml"}) {
            assertThat(site.text(file)).doesNotContain("Secret launch plans", "secret-launch", "zebra-umbrella-42");
        }
    }

    @Test
    void drafts_neverDecideFeedDates() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).run();

        Document rss = site.rss();
        assertThat(value(rss, "/rss/channel/pubDate")).isEqualTo("Sun, 01 Sep 2024 10:00:00 GMT");
        assertThat(value(rss, "/rss/channel/lastBuildDate")).isEqualTo("Sun, 01 Sep 2024 10:00:00 GMT");
    }

    @Test
    void futurePages_scheduledUntilTheirDate() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work)
                .buildStart(Instant.parse("2024-08-25T00:00:00Z"))
                .run();

        assertThat(values(site.rss(), "//item/link")).containsExactly("https://example.org/posts/no-draft-key/");
        assertThat(site.log()).contains("[INFO] Left out 1 draft", "[INFO] Left out 1 page dated after the build started; set <includeFuture> to publish them now");
    }

    @Test
    void futurePages_publishedWithIncludeFuture() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work)
                .buildStart(Instant.parse("2024-08-25T00:00:00Z"))
                .includeFuture(true)
                .run();

        assertThat(values(site.rss(), "//item/link")).hasSize(2);
    }

    @Test
    void itemOrder_newestFirstTiesByPath() throws Exception {
        SiteBuild site = SiteBuild.ofCase("019-item-order-and-limit", work).run();

        assertThat(values(site.rss(), "//item/guid")).containsExactly(
                "https://example.org/posts/b-newest/",
                "https://example.org/posts/g-recent/",
                "https://example.org/posts/e-tie-zulu/",
                "https://example.org/posts/f-tie-alpha/",
                "https://example.org/posts/c-middle/",
                "https://example.org/posts/d-second-oldest/",
                "https://example.org/posts/a-oldest/");
    }

    @Test
    void feedLimit_dropsOldestOnly() throws Exception {
        SiteBuild site = SiteBuild.ofCase("019-item-order-and-limit", work).feedLimit(5).run();

        assertThat(values(site.rss(), "//item/guid")).containsExactly(
                "https://example.org/posts/b-newest/",
                "https://example.org/posts/g-recent/",
                "https://example.org/posts/e-tie-zulu/",
                "https://example.org/posts/f-tie-alpha/",
                "https://example.org/posts/c-middle/");
        assertThat(values(site.sitemap(), "//sm:loc")).hasSize(7);
        assertThat(value(site.rss(), "/rss/channel/lastBuildDate")).isEqualTo("Sat, 01 Jun 2024 10:00:00 GMT");
    }

    @Test
    void emptyFeed_validChannelWithoutItems() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work).run();

        Document rss = site.rss();
        assertThat(value(rss, "/rss/@version")).isEqualTo("2.0");
        assertThat(value(rss, "/rss/channel/title")).isEqualTo("Example Blog");
        assertThat(value(rss, "/rss/channel/link")).isEqualTo("https://example.org/");
        assertThat(value(rss, "/rss/channel/description")).isNotBlank();
        assertThat(values(rss, "//item")).isEmpty();
        assertThat(site.text("rss.xml")).doesNotContain("only-draft", "Nothing to publish yet");
    }

    @Test
    void emptyFeed_noSitemapAndTheLogSaysWhy() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work).run();

        assertThat(site.exists("sitemap.xml")).isFalse();
        assertThat(site.log())
                .contains("[INFO] No sitemap written: no published page, and a sitemap must list at least one URL");
    }

    @Test
    void emptyContentFolder_stillWritesValidFeed() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work);
        try (Stream<Path> files = Files.list(site.contentDirectory())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        site.run();

        assertThat(values(site.rss(), "//item")).isEmpty();
        assertThat(site.exists("sitemap.xml")).isFalse();
    }

    @Test
    void emptyFeed_removesSitemapOfEarlierBuild() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work);
        Files.createDirectories(site.outputDirectory());
        Files.writeString(site.outputDirectory().resolve("sitemap.xml"), "<urlset/>");

        site.run();

        assertThat(site.exists("sitemap.xml")).isFalse();
    }

    @Test
    void drafts_leftOutOfAtomAndJson() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).run();

        assertThat(values(site.atom(), "//atom:entry/atom:id"))
                .containsExactly("https://example.org/posts/published/", "https://example.org/posts/no-draft-key/");
        assertThat(jsonItemValues(site.json(), "id"))
                .containsExactly("https://example.org/posts/published/", "https://example.org/posts/no-draft-key/");
        for (String file : new String[] {"atom.xml", "feed.json"}) {
            assertThat(site.text(file)).doesNotContain("Secret launch plans", "secret-launch", "zebra-umbrella-42");
        }
    }

    @Test
    void drafts_neverDecideAtomUpdated() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).run();

        assertThat(value(site.atom(), "/atom:feed/atom:updated")).isEqualTo("2024-09-01T10:00:00Z");
    }

    @Test
    void itemOrder_sameInAtomAndJson() throws Exception {
        SiteBuild site = SiteBuild.ofCase("019-item-order-and-limit", work).run();

        List<String> rssOrder = values(site.rss(), "//item/guid");
        assertThat(rssOrder).hasSize(7);
        assertThat(values(site.atom(), "//atom:entry/atom:id")).isEqualTo(rssOrder);
        assertThat(jsonItemValues(site.json(), "id")).isEqualTo(List.copyOf(rssOrder));
    }

    @Test
    void feedLimit_atomAndJsonDropOldestOnly() throws Exception {
        SiteBuild site = SiteBuild.ofCase("019-item-order-and-limit", work).feedLimit(5).run();

        List<String> expected = List.of(
                "https://example.org/posts/b-newest/",
                "https://example.org/posts/g-recent/",
                "https://example.org/posts/e-tie-zulu/",
                "https://example.org/posts/f-tie-alpha/",
                "https://example.org/posts/c-middle/");
        assertThat(values(site.atom(), "//atom:entry/atom:id")).isEqualTo(expected);
        assertThat(jsonItemValues(site.json(), "id")).isEqualTo(List.copyOf(expected));
        assertThat(value(site.atom(), "/atom:feed/atom:updated")).isEqualTo("2024-06-01T10:00:00Z");
    }

    @Test
    void emptyFeed_atomHasIdTitleUpdated() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work).run();

        Document atom = site.atom();
        assertThat(value(atom, "/atom:feed/atom:id")).isEqualTo("https://example.org/atom.xml");
        assertThat(value(atom, "/atom:feed/atom:title")).isEqualTo("Example Blog");
        assertThat(value(atom, "/atom:feed/atom:updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(values(atom, "//atom:entry")).isEmpty();
    }

    @Test
    void emptyFeed_jsonHasEmptyItems() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work).run();

        Map<String, Object> json = site.json();
        assertThat(json.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("title")).isEqualTo("Example Blog");
        assertThat(jsonItems(json)).isEmpty();
    }

    @Test
    void emptyFeed_draftNowhereInAtomOrJson() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work).run();

        for (String file : new String[] {"atom.xml", "feed.json"}) {
            assertThat(site.text(file)).doesNotContain("only-draft", "Nothing to publish yet");
        }
    }

    @Test
    void emptyContentFolder_validAtomAndJson() throws Exception {
        SiteBuild site = SiteBuild.ofCase("020-empty-feed", work);
        try (Stream<Path> files = Files.list(site.contentDirectory())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        site.run();

        assertThat(values(site.atom(), "/atom:feed/atom:updated")).hasSize(1);
        assertThat(values(site.atom(), "//atom:entry")).isEmpty();
        assertThat(jsonItems(site.json())).isEmpty();
    }
}
