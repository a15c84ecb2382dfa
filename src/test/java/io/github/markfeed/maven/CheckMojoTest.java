package io.github.markfeed.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter defaults of markfeed:check, read by the harness, and its logging and failure on a real folder. */
@MojoTest
class CheckMojoTest {

    private static final String BROKEN_RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
              <channel>
                <title>Harbour notes</title>
                <link>https://harbour.example.net/</link>
                <item>
                  <title>Ferry times</title>
                  <pubDate>2025-02-14T08:30:00Z</pubDate>
                </item>
              </channel>
            </rss>
            """;

    @TempDir
    Path folder;

    /** Keeps every line the Mojo logs at warning level or above, prefixed with the level. */
    private static final class CapturingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void parameters_defaults(CheckMojo mojo) {
        assertThat(mojo.outputDirectory.getPath().replace('\\', '/')).endsWith("unit/defaults/target/site");
        assertThat(mojo.includes).isNull();
        assertThat(mojo.failOnWarning).isFalse();
        assertThat(mojo.skip).isFalse();
    }

    private CheckMojo mojo(CapturingLog log) {
        CheckMojo mojo = new CheckMojo();
        mojo.outputDirectory = folder.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void brokenFeed_failsWithFindings() throws Exception {
        Files.writeString(folder.resolve("rss.xml"), BROKEN_RSS, StandardCharsets.UTF_8);
        CapturingLog log = new CapturingLog();

        MojoFailureException error = catchThrowableOfType(MojoFailureException.class, () -> mojo(log).execute());

        assertThat(error.getMessage()).startsWith("markfeed:check found 2 errors");
        assertThat(log.lines).contains("[ERROR] rss.xml:/rss/channel: [rss.channel.description.missing] <channel> has no"
                + " <description>, which RSS 2.0 requires");
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] rss.xml:/rss/channel/item/pubDate: [rss.item.pubDate.rfc822] "));
        assertThat(log.lines).anyMatch(line -> line.startsWith("[INFO] Checked 1 file in ") && line.endsWith(": 2 errors, 0 warnings"));
    }

    @Test
    void otherFiles_skipped() throws Exception {
        Files.writeString(folder.resolve("rss.xsl"), "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>");
        Files.writeString(folder.resolve("pom.xml"), "<project/>");
        Files.writeString(folder.resolve("notes.txt"), "<rss>");
        CapturingLog log = new CapturingLog();

        mojo(log).execute();

        assertThat(log.lines).anyMatch(line -> line.endsWith(": 0 errors, 0 warnings") && line.startsWith("[INFO] Checked 0 files"));
    }

    @Test
    void warning_failsOnlyWhenAsked() throws Exception {
        Files.writeString(folder.resolve("rss.xml"), BROKEN_RSS
                .replace("<pubDate>2025-02-14T08:30:00Z</pubDate>", "<pubDate>Fri, 14 Feb 2025 08:30:00 GMT</pubDate><creator>Ada</creator>")
                .replace("<link>https://harbour.example.net/</link>", "<link>https://harbour.example.net/</link><description>News</description>"));
        CapturingLog log = new CapturingLog();
        CheckMojo mojo = mojo(log);

        mojo.execute();
        mojo.failOnWarning = true;
        MojoFailureException error = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(log.lines).anyMatch(line -> line.startsWith("[WARNING] rss.xml:/rss/channel/item/creator: [rss.item.element.unknown]"));
        assertThat(error.getMessage()).contains("1 warning");
        assertThat(error.getMessage()).contains("<failOnWarning>");
    }

    @Test
    void siteUrl_limitsSitemapLocations() throws Exception {
        Files.writeString(folder.resolve("sitemap.xml"), "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://other.example.org/</loc></url></urlset>");
        CapturingLog log = new CapturingLog();
        CheckMojo mojo = mojo(log);
        mojo.siteUrl = "https://harbour.example.net/";

        catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] sitemap.xml:/urlset/url/loc: [sitemap.loc.site] "));
    }

    @Test
    void skip_checksNothing() throws Exception {
        Files.writeString(folder.resolve("rss.xml"), BROKEN_RSS, StandardCharsets.UTF_8);
        CapturingLog log = new CapturingLog();
        CheckMojo mojo = mojo(log);
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] Skipping markfeed:check because skip is true (<skip> or -Dmarkfeed.skip)");
    }
}
