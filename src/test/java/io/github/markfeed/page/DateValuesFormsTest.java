package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date forms added with the date sources: one-digit-hour offsets, nine-digit fractions,
 * custom patterns, the site zone and java.time values, each checked under a JVM default zone and
 * locale far from UTC and English.
 */
class DateValuesFormsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TimeZone savedZone;
    private Locale savedLocale;

    @BeforeEach
    void setFarAwayDefaults() {
        savedZone = TimeZone.getDefault();
        savedLocale = Locale.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        Locale.setDefault(Locale.forLanguageTag("de-DE"));
    }

    @AfterEach
    void restoreDefaults() {
        TimeZone.setDefault(savedZone);
        Locale.setDefault(savedLocale);
    }

    private static DateValues utc(String... patterns) {
        return new DateValues(ZoneOffset.UTC, List.of(patterns));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-05T10:15:00-4, 2024-03-05T14:15:00Z",
        "2024-03-05T10:15:00+5:30, 2024-03-05T04:45:00Z",
        "2024-03-05 10:15:00 -4, 2024-03-05T14:15:00Z",
        "2024-03-05 10:15:00 +5:30, 2024-03-05T04:45:00Z",
        "2024-03-05T10:15-04, 2024-03-05T14:15:00Z",
        "2024-03-05T10:15:00+0530, 2024-03-05T04:45:00Z",
        "2016-01-24 13:01:00 -0800, 2016-01-24T21:01:00Z",
        "2016-01-24 13:01:00-0800, 2016-01-24T21:01:00Z",
        "2016-01-24 13:01:00 Z, 2016-01-24T13:01:00Z",
    })
    void offsetForms_parsed(String value, String expected) {
        assertThat(utc().parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-05T10:15:00.1, 2024-03-05T10:15:00.1Z",
        "2024-03-05T10:15:00.123456789, 2024-03-05T10:15:00.123456789Z",
        "2024-03-05 10:15:00.123456789, 2024-03-05T10:15:00.123456789Z",
        "2024-03-05T10:15:00.123456789+01:00, 2024-03-05T09:15:00.123456789Z",
    })
    void fractions_upToNineDigits(String value, String expected) {
        assertThat(utc().parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-05T10:15:00.1234567891",
        "2024-03-05T10:15:00+25:00",
        "2024-03-05T10:15:00 +",
        "2024-03-05T24:00:00",
        "2024-03-05T9:15:00",
        "05.03.2024",
        "March 5, 2024",
    })
    void withoutPatterns_rejected(String value) {
        DateValues values = utc();

        assertThatThrownBy(() -> values.parse(value)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void localDateTime_siteZone() {
        DateValues berlin = new DateValues(BERLIN, List.of());

        assertThat(berlin.parse("2024-07-01 10:00:00")).isEqualTo(Instant.parse("2024-07-01T08:00:00Z"));
    }

    @Test
    void dateOnly_siteZoneMidnight() {
        DateValues berlin = new DateValues(BERLIN, List.of());

        assertThat(berlin.parse("2024-01-15")).isEqualTo(Instant.parse("2024-01-14T23:00:00Z"));
    }

    @Test
    void offset_winsOverSiteZone() {
        DateValues berlin = new DateValues(BERLIN, List.of());

        assertThat(berlin.parse("2024-07-01T10:00:00-4")).isEqualTo(Instant.parse("2024-07-01T14:00:00Z"));
    }

    @Test
    void dateOnly_gapInSiteZone_firstValidTime() {
        // Gaza moved clocks forward at midnight in several years, so 00:00 did not exist there.
        DateValues gaza = new DateValues(ZoneId.of("Asia/Gaza"), List.of());

        Instant parsed = gaza.parse("2016-03-26");

        assertThat(parsed).isEqualTo(LocalDate.parse("2016-03-26").atStartOfDay(ZoneId.of("Asia/Gaza")).toInstant());
    }

    @Test
    void javaTimeLocalDateTime_siteZone() {
        DateValues berlin = new DateValues(BERLIN, List.of());

        assertThat(berlin.parse(LocalDateTime.parse("2024-07-01T10:00:00"))).isEqualTo(Instant.parse("2024-07-01T08:00:00Z"));
    }

    @Test
    void javaTimeLocalDate_siteZone() {
        DateValues berlin = new DateValues(BERLIN, List.of());

        assertThat(berlin.parse(LocalDate.parse("2024-07-01"))).isEqualTo(Instant.parse("2024-06-30T22:00:00Z"));
    }

    @Test
    void javaTimeZonedDateTime_ownZone() {
        ZonedDateTime tokyo = ZonedDateTime.parse("2024-07-01T10:00:00+09:00[Asia/Tokyo]");

        assertThat(new DateValues(BERLIN, List.of()).parse(tokyo)).isEqualTo(Instant.parse("2024-07-01T01:00:00Z"));
    }

    @Test
    void customPattern_monthDayYear() {
        assertThat(utc("M/d/yyyy").parse("3/5/2024")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void customPattern_afterIso() {
        // yyyy-dd-MM would read 2024-03-05 as 3 May, but ISO 8601 is tried first.
        assertThat(utc("yyyy-dd-MM").parse("2024-03-05")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void customPattern_secondOfTwo() {
        DateValues values = utc("M/d/yyyy", "dd.MM.yyyy");

        assertThat(values.parse("05.03.2024")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void customPattern_englishMonthUnderGerman() {
        assertThat(utc("MMMM d, yyyy").parse("March 5, 2024")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void customPattern_germanMonthRejected() {
        DateValues values = utc("MMMM d, yyyy");

        assertThatThrownBy(() -> values.parse("März 5, 2024")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void customPattern_englishNamesUnderThai() {
        Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));

        Instant parsed = utc("EEE, d MMM yyyy").parse("Tue, 5 Mar 2024");

        assertThat(parsed).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void isoUnderThaiLocale_gregorianYear() {
        Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));

        assertThat(utc().parse("2024-03-05")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void customPattern_timeInSiteZone() {
        DateValues berlin = new DateValues(BERLIN, List.of("dd.MM.yyyy HH:mm"));

        assertThat(berlin.parse("01.07.2024 10:00")).isEqualTo(Instant.parse("2024-07-01T08:00:00Z"));
    }

    @Test
    void customPattern_dateInSiteZone() {
        DateValues berlin = new DateValues(BERLIN, List.of("M/d/yyyy"));

        assertThat(berlin.parse("7/1/2024")).isEqualTo(Instant.parse("2024-06-30T22:00:00Z"));
    }

    @Test
    void customPattern_ownOffsetWins() {
        DateValues berlin = new DateValues(BERLIN, List.of("d MMM yyyy HH:mm xx"));

        assertThat(berlin.parse("1 Jul 2024 10:00 -0400")).isEqualTo(Instant.parse("2024-07-01T14:00:00Z"));
    }

    @Test
    void customPattern_withoutDateRejected() {
        DateValues values = utc("HH:mm");

        assertThatThrownBy(() -> values.parse("10:15")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void customPattern_invalidNamed() {
        assertThatThrownBy(() -> utc("yyyy-MM-dd{"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yyyy-MM-dd{");
    }

    @Test
    void describeForms_listsPatterns() {
        String forms = utc("M/d/yyyy", "dd.MM.yyyy").describeForms();

        assertThat(forms).startsWith(DateValues.ACCEPTED_FORMS);
        assertThat(forms).contains("M/d/yyyy");
        assertThat(forms).contains("dd.MM.yyyy");
    }

    @Test
    void describeForms_isoOnly() {
        assertThat(utc().describeForms()).isEqualTo(DateValues.ACCEPTED_FORMS);
    }

    @Test
    void zone_asGiven() {
        assertThat(new DateValues(BERLIN, List.of()).zone()).isEqualTo(BERLIN);
    }
}
