package io.github.markfeed.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.markfeed.core.ContentException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs of an earlier build that must not outlive the pages they came from, and errors reported once. */
class StaleOutputsTest {

    @TempDir
    Path work;

    @Test
    void tagFeed_deletedWhenItsOnlyPageBecomesDraft() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).tagFeeds(true);
        Path published = site.contentDirectory().resolve("published.md");
        Files.writeString(published, Files.readString(published).replace("draft: false", "draft: false\ntags: [launch]"));
        site.run();
        assertThat(site.exists("tags/launch/rss.xml")).isTrue();

        Files.writeString(published, Files.readString(published).replace("draft: false", "draft: true"));
        site.run();

        assertThat(site.exists("tags/launch/rss.xml")).isFalse();
        assertThat(site.exists("tags/launch/atom.xml")).isFalse();
        assertThat(site.exists("tags/launch/feed.json")).isFalse();
        assertThat(site.exists("tags/launch")).isFalse();
        assertThat(site.log()).contains("[INFO] Deleted tags/launch/rss.xml: no published page has that tag any longer");
    }

    @Test
    void tagFeed_otherFilesInTagFolderKept() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).tagFeeds(true);
        Files.createDirectories(site.outputDirectory().resolve("tags/handwritten"));
        Files.writeString(site.outputDirectory().resolve("tags/handwritten/index.html"), "<p>kept</p>");
        Files.writeString(site.outputDirectory().resolve("tags/handwritten/rss.xml"), "<rss/>");

        site.run();

        assertThat(site.exists("tags/handwritten/index.html")).isTrue();
        assertThat(site.exists("tags/handwritten/rss.xml")).isFalse();
    }

    @Test
    void invalidDate_withDatePermalink_reportedOnce() throws Exception {
        SiteBuild site = SiteBuild.ofCase("016-drafts-excluded", work).permalink("/{year}/{slug}/");
        Path published = site.contentDirectory().resolve("published.md");
        Files.writeString(published, Files.readString(published).replace("2024-09-01T10:00:00Z", "May 1st 2026"));

        ContentException error = catchThrowableOfType(ContentException.class, site::run);

        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0).toString()).startsWith("published.md:3:7: invalid date 'May 1st 2026' in 'date'");
    }
}
