package io.github.markfeed.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.markfeed.core.SiteConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks how Maven fills GenerateMojo's parameters from a POM, and which values
 * {@link GenerateMojo#configuration(Instant)} rejects. The harness builds a stub project whose
 * base folder is the test POM's folder under {@code target/test-classes/unit}.
 */
@MojoTest
class GenerateMojoTest {

    private static final Instant BUILD_START = Instant.parse("2025-02-01T00:00:00Z");

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void parameters_defaults(GenerateMojo mojo) {
        Path basedir = mojo.basedir.toPath();

        assertThat(mojo.feedLimit).isEqualTo(20);
        assertThat(mojo.rssFile).isEqualTo("rss.xml");
        assertThat(mojo.sitemapFile).isEqualTo("sitemap.xml");
        assertThat(mojo.permalink).isEqualTo("/{path}.html");
        assertThat(mojo.skip).isFalse();
        assertThat(mojo.includeFuture).isFalse();
        assertThat(mojo.contentDirectory.toPath()).isEqualTo(basedir.resolve("src/site/markdown"));
        assertThat(mojo.outputDirectory.toPath()).isEqualTo(basedir.resolve("target/site"));
        assertThat(mojo.includes).isNull();
        assertThat(mojo.excludes).isNull();
        assertThat(mojo.language).isNull();
        assertThat(mojo.ttl).isNull();
        assertThat(mojo.outputTimestamp).isNull();
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void parameters_configuredValues(GenerateMojo mojo) {
        Path basedir = mojo.basedir.toPath();

        assertThat(mojo.siteUrl).isEqualTo("https://notes.example.org/field");
        assertThat(mojo.contentDirectory.toPath()).isEqualTo(basedir.resolve("pages"));
        assertThat(mojo.includes).containsExactly("**/*.md");
        assertThat(mojo.excludes).containsExactly("drafts/**");
        assertThat(mojo.permalink).isEqualTo("/{year}/{slug}/");
        assertThat(mojo.outputDirectory.toPath()).isEqualTo(basedir.resolve("target/public"));
        assertThat(mojo.title).isEqualTo("Field notes");
        assertThat(mojo.description).isEqualTo("Short notes from survey trips.");
        assertThat(mojo.language).isEqualTo("en-gb");
        assertThat(mojo.copyright).isEqualTo("Copyright 2025 Rosa Quill");
        assertThat(mojo.managingEditor).isEqualTo("editor@example.org (Rosa Quill)");
        assertThat(mojo.webMaster).isEqualTo("web@example.org (Sam Reed)");
        assertThat(mojo.ttl).isEqualTo(90);
        assertThat(mojo.image).isEqualTo("/images/logo.png");
        assertThat(mojo.stylesheet).isEqualTo("/feed.xsl");
        assertThat(mojo.author).isEqualTo("Rosa Quill");
        assertThat(mojo.feedLimit).isEqualTo(5);
        assertThat(mojo.rssFile).isEqualTo("feeds/notes.xml");
        assertThat(mojo.sitemapFile).isEqualTo("maps/pages.xml");
        assertThat(mojo.includeFuture).isTrue();
        assertThat(mojo.skip).isTrue();
        assertThat(mojo.outputTimestamp).isEqualTo("2025-01-31T10:00:00Z");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void configuration_configuredValues(GenerateMojo mojo) throws MojoFailureException {
        Path basedir = mojo.basedir.toPath();

        SiteConfig config = mojo.configuration(BUILD_START);

        assertThat(config.siteUrl().base()).isEqualTo("https://notes.example.org/field/");
        assertThat(config.contentDirectory()).isEqualTo(basedir.resolve("pages"));
        assertThat(config.outputDirectory()).isEqualTo(basedir.resolve("target/public"));
        assertThat(config.displayDirectory()).isEqualTo(basedir);
        assertThat(config.includes()).containsExactly("**/*.md");
        assertThat(config.excludes()).containsExactly("drafts/**");
        assertThat(config.permalink()).isEqualTo("/{year}/{slug}/");
        assertThat(config.feedLimit()).isEqualTo(5);
        assertThat(config.rssFile()).isEqualTo("feeds/notes.xml");
        assertThat(config.sitemapFile()).isEqualTo("maps/pages.xml");
        assertThat(config.includeFuture()).isTrue();
        assertThat(config.buildTimestamp()).contains(Instant.parse("2025-01-31T10:00:00Z"));
        assertThat(config.buildStart()).isEqualTo(BUILD_START);
        assertThat(config.channel().title()).isEqualTo("Field notes");
        assertThat(config.channel().description()).isEqualTo("Short notes from survey trips.");
        assertThat(config.channel().language()).isEqualTo("en-gb");
        assertThat(config.channel().copyright()).isEqualTo("Copyright 2025 Rosa Quill");
        assertThat(config.channel().managingEditor()).isEqualTo("editor@example.org (Rosa Quill)");
        assertThat(config.channel().webMaster()).isEqualTo("web@example.org (Sam Reed)");
        assertThat(config.channel().ttl()).isEqualTo(90);
        assertThat(config.channel().image()).isEqualTo("/images/logo.png");
        assertThat(config.channel().stylesheet()).isEqualTo("/feed.xsl");
        assertThat(config.channel().defaultAuthor()).isEqualTo("Rosa Quill");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "siteUrl", value = "field/notes/")
    void configuration_relativeSiteUrl(GenerateMojo mojo) {
        assertThatThrownBy(() -> mojo.configuration(BUILD_START))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid <siteUrl> (-Dmarkfeed.siteUrl)")
                .hasMessageContaining("'field/notes/'")
                .hasMessageContaining("https://example.org/");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "contentDirectory", value = "${project.basedir}/no-such-folder")
    void configuration_missingContentDirectory(GenerateMojo mojo) {
        String missing = new File(mojo.basedir, "no-such-folder").getPath();

        assertThatThrownBy(() -> mojo.configuration(BUILD_START))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(missing + " does not exist")
                .hasMessageContaining("<contentDirectory> (-Dmarkfeed.contentDirectory)");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "feedLimit", value = "-1")
    void configuration_negativeFeedLimit(GenerateMojo mojo) {
        assertThatThrownBy(() -> mojo.configuration(BUILD_START))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid <feedLimit> (-Dmarkfeed.feedLimit) -1")
                .hasMessageContaining("use 0 or more");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "siteUrl", value = "ftp://notes.example.org/")
    @MojoParameter(name = "feedLimit", value = "-3")
    @MojoParameter(name = "ttl", value = "-10")
    void configuration_severalProblems(GenerateMojo mojo) {
        assertThatThrownBy(() -> mojo.configuration(BUILD_START))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("3 configuration problems:")
                .hasMessageContaining("1. Invalid <siteUrl>")
                .hasMessageContaining("2. Invalid <feedLimit> (-Dmarkfeed.feedLimit) -3")
                .hasMessageContaining("3. Invalid <ttl> (-Dmarkfeed.ttl) -10");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "outputTimestamp", value = "1719748800")
    void configuration_epochSecondsTimestamp(GenerateMojo mojo) throws MojoFailureException {
        SiteConfig config = mojo.configuration(BUILD_START);

        assertThat(config.buildTimestamp()).contains(Instant.parse("2024-06-30T12:00:00Z"));
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "outputTimestamp", value = "last tuesday")
    void configuration_invalidTimestamp(GenerateMojo mojo) {
        assertThatThrownBy(() -> mojo.configuration(BUILD_START))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid project.build.outputTimestamp 'last tuesday'");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void configuration_noSiteUrl(GenerateMojo mojo) throws Exception {
        Files.createDirectories(mojo.contentDirectory.toPath());

        assertThatThrownBy(() -> mojo.configuration(BUILD_START))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<siteUrl>")
                .hasMessageContaining("-Dmarkfeed.siteUrl")
                .hasMessageContaining("<url>");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "siteUrl", value = "")
    @MojoParameter(name = "contentDirectory", value = "${project.basedir}/no-such-folder")
    void execute_skipBeforeChecks(GenerateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.infos).containsExactly("Skipping markfeed:generate because skip is true (<skip> or -Dmarkfeed.skip)");
        assertThat(mojo.outputDirectory).doesNotExist();
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "false")
    void execute_writesConfiguredFiles(GenerateMojo mojo, @TempDir Path output) throws Exception {
        mojo.outputDirectory = output.toFile();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        String feed = Files.readString(output.resolve("feeds/notes.xml"));
        String sitemap = Files.readString(output.resolve("maps/pages.xml"));
        assertThat(feed).contains("<title>Field notes</title>");
        assertThat(feed).contains("<link>https://notes.example.org/field/2025/first-survey/</link>");
        assertThat(feed).contains("<lastBuildDate>Fri, 31 Jan 2025 10:00:00 GMT</lastBuildDate>");
        assertThat(sitemap).contains("<loc>https://notes.example.org/field/2025/first-survey/</loc>");
        assertThat(log.infos).contains("Wrote RSS feed with 1 item: " + output.resolve("feeds/notes.xml"));
        assertThat(log.infos).contains("Wrote sitemap with 1 URL: " + output.resolve("maps/pages.xml"));
    }

    /** Log that records the info lines, so that a test can assert them. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
            super.info(content);
        }
    }
}
