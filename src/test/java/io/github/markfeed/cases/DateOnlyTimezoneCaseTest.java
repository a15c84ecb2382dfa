package io.github.markfeed.cases;

import static io.github.markfeed.cases.SiteBuild.jsonItem;
import static io.github.markfeed.cases.SiteBuild.jsonItemValues;
import static io.github.markfeed.cases.SiteBuild.value;
import static io.github.markfeed.cases.SiteBuild.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.DateOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Date-only front matter, quoted and unquoted, is midnight in the site's zone (UTC unless set),
 * whatever the JVM's default zone and locale are.
 */
class DateOnlyTimezoneCaseTest {

    private static final String CASE = "007-date-only-timezone";
    private static final String QUOTED = "https://example.org/posts/quoted-date/";
    private static final String UNQUOTED = "https://example.org/posts/unquoted-date/";
    private static final List<String> JVM_ZONES = List.of("Europe/Berlin", "Pacific/Kiritimati", "America/Los_Angeles");

    @TempDir
    Path work;

    /** Builds the case with the JVM's default zone and locale set to the given ones, then restores them. */
    private SiteBuild buildUnder(String jvmZone, Locale jvmLocale, DateOptions dates) throws Exception {
        TimeZone savedZone = TimeZone.getDefault();
        Locale savedLocale = Locale.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(jvmZone)));
        Locale.setDefault(jvmLocale);
        try {
            String folder = jvmZone.replace('/', '-') + "-" + jvmLocale.toLanguageTag();
            return SiteBuild.ofCase(CASE, work.resolve(folder)).dateOptions(dates).run();
        } finally {
            TimeZone.setDefault(savedZone);
            Locale.setDefault(savedLocale);
        }
    }

    private SiteBuild buildUnder(String jvmZone) throws Exception {
        return buildUnder(jvmZone, Locale.ROOT, null);
    }

    private static DateOptions siteZone(String zone) {
        return new DateOptions(ZoneId.of(zone), null, null, null, null, null);
    }

    /** Returns every output file's bytes by its path relative to the output folder. */
    private static Map<String, byte[]> outputs(SiteBuild site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site.outputDirectory())) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.outputDirectory().relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameOutputs(SiteBuild expected, SiteBuild actual) throws IOException {
        Map<String, byte[]> expectedFiles = outputs(expected);
        Map<String, byte[]> actualFiles = outputs(actual);
        assertThat(actualFiles.keySet()).isEqualTo(expectedFiles.keySet());
        for (String file : expectedFiles.keySet()) {
            assertThat(actualFiles.get(file)).as("bytes of %s", file).isEqualTo(expectedFiles.get(file));
        }
    }

    @Test
    void threeJvmZones_identicalBytes() throws Exception {
        SiteBuild first = buildUnder(JVM_ZONES.get(0));

        for (String zone : JVM_ZONES.subList(1, JVM_ZONES.size())) {
            assertSameOutputs(first, buildUnder(zone));
        }
        assertThat(outputs(first)).containsOnlyKeys("rss.xml", "atom.xml", "feed.json", "sitemap.xml");
    }

    @Test
    void thaiAndGermanLocales_identicalBytes() throws Exception {
        SiteBuild english = buildUnder("UTC", Locale.ENGLISH, null);

        assertSameOutputs(english, buildUnder("Pacific/Kiritimati", Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"), null));
        assertSameOutputs(english, buildUnder("Europe/Berlin", Locale.forLanguageTag("de-DE"), null));
    }

    @Test
    void rssPubDate_utcMidnight() throws Exception {
        Document rss = buildUnder("Pacific/Kiritimati").rss();

        assertThat(value(rss, "//item[link='" + UNQUOTED + "']/pubDate")).isEqualTo("Thu, 12 May 2022 00:00:00 GMT");
        assertThat(value(rss, "//item[link='" + QUOTED + "']/pubDate")).isEqualTo("Fri, 13 May 2022 00:00:00 GMT");
    }

    @Test
    void atomPublished_utcMidnight() throws Exception {
        Document atom = buildUnder("Pacific/Kiritimati").atom();

        assertThat(value(atom, "//atom:entry[atom:id='" + UNQUOTED + "']/atom:published")).isEqualTo("2022-05-12T00:00:00Z");
        assertThat(value(atom, "//atom:entry[atom:id='" + QUOTED + "']/atom:published")).isEqualTo("2022-05-13T00:00:00Z");
    }

    @Test
    void atomUpdated_sameAsPublished() throws Exception {
        Document atom = buildUnder("America/Los_Angeles").atom();

        assertThat(value(atom, "//atom:entry[atom:id='" + UNQUOTED + "']/atom:updated")).isEqualTo("2022-05-12T00:00:00Z");
        assertThat(value(atom, "//atom:entry[atom:id='" + QUOTED + "']/atom:updated")).isEqualTo("2022-05-13T00:00:00Z");
    }

    @Test
    void jsonDatePublished_utcMidnight() throws Exception {
        Map<String, Object> json = buildUnder("Europe/Berlin").json();

        assertThat(jsonItem(json, UNQUOTED).get("date_published")).isEqualTo("2022-05-12T00:00:00Z");
        assertThat(jsonItem(json, QUOTED).get("date_published")).isEqualTo("2022-05-13T00:00:00Z");
    }

    @Test
    void order_quotedFirst() throws Exception {
        SiteBuild site = buildUnder("Europe/Berlin");

        assertThat(values(site.rss(), "//item/link")).containsExactly(QUOTED, UNQUOTED);
        assertThat(jsonItemValues(site.json(), "id")).containsExactly(QUOTED, UNQUOTED);
    }

    @Test
    void noBuildTime_inOutputs() throws Exception {
        SiteBuild site = buildUnder("Pacific/Kiritimati");

        // SiteBuild starts every build on 2026-01-01, so that date would show a leaked build time.
        for (String file : List.of("rss.xml", "atom.xml", "feed.json", "sitemap.xml")) {
            assertThat(site.text(file)).as(file).doesNotContain("2026");
        }
    }

    @Test
    void siteZoneBerlin_localMidnight() throws Exception {
        SiteBuild site = buildUnder("UTC", Locale.ROOT, siteZone("Europe/Berlin"));

        assertThat(value(site.rss(), "//item[link='" + UNQUOTED + "']/pubDate")).isEqualTo("Wed, 11 May 2022 22:00:00 GMT");
        assertThat(value(site.atom(), "//atom:entry[atom:id='" + UNQUOTED + "']/atom:published"))
                .isEqualTo("2022-05-11T22:00:00Z");
        assertThat(jsonItem(site.json(), QUOTED).get("date_published")).isEqualTo("2022-05-12T22:00:00Z");
    }

    @Test
    void siteZoneBerlin_sameUnderAnyJvmZone() throws Exception {
        SiteBuild first = buildUnder("UTC", Locale.ROOT, siteZone("Europe/Berlin"));

        assertSameOutputs(first, buildUnder("Pacific/Kiritimati", Locale.ROOT, siteZone("Europe/Berlin")));
        assertSameOutputs(first, buildUnder("America/Los_Angeles", Locale.ROOT, siteZone("Europe/Berlin")));
    }
}
