package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DateValuesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private TimeZone savedTimeZone;

    /** Sets a default zone far from UTC, so that any use of it shows as a shifted instant. */
    @BeforeEach
    void setFarAwayDefaultZone() {
        savedTimeZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(savedTimeZone);
    }

    @Test
    void parse_dateOnly_startOfDay() {
        assertThat(DateValues.parse("2024-03-05", UTC)).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void parse_dateOnlyBerlin_startOfDay() {
        assertThat(DateValues.parse("2024-03-05", ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2024-03-04T23:00:00Z"));
    }

    @Test
    void parse_utcDesignator_exactInstant() {
        assertThat(DateValues.parse("2024-03-05T10:15:00Z", UTC)).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    }

    @Test
    void parse_lowerCaseSeparators_accepted() {
        assertThat(DateValues.parse("2024-03-05t10:15:00z", UTC)).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    }

    @Test
    void parse_positiveOffset_converted() {
        assertThat(DateValues.parse("2024-03-05T10:15:00+01:00", UTC)).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
    }

    @Test
    void parse_offsetIgnoresGivenZone() {
        assertThat(DateValues.parse("2024-03-05T10:15:00+01:00", ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
    }

    @Test
    void parse_jekyllSpaceAndCompactOffset_converted() {
        assertThat(DateValues.parse("2016-01-24 13:01:00 -0800", UTC)).isEqualTo(Instant.parse("2016-01-24T21:01:00Z"));
    }

    @Test
    void parse_spaceSeparatedColonOffset_converted() {
        assertThat(DateValues.parse("2016-01-24 13:01:00 +05:30", UTC)).isEqualTo(Instant.parse("2016-01-24T07:31:00Z"));
    }

    @Test
    void parse_fractionalSeconds_kept() {
        assertThat(DateValues.parse("2024-03-05T10:15:00.123456Z", UTC))
                .isEqualTo(Instant.parse("2024-03-05T10:15:00.123456Z"));
    }

    @Test
    void parse_withoutSeconds_accepted() {
        assertThat(DateValues.parse("2024-03-05T10:15Z", UTC)).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    }

    @Test
    void parse_localDateTime_takenInGivenZone() {
        assertThat(DateValues.parse("2024-03-05T10:15:00", UTC)).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    }

    @Test
    void parse_spaceSeparatedLocal_givenZone() {
        assertThat(DateValues.parse("2024-03-05 10:15:00", UTC)).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    }

    @Test
    void parse_surroundingWhitespace_trimmed() {
        assertThat(DateValues.parse("  2024-03-05 \n", UTC)).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void parse_dateObjects_converted() {
        Instant instant = Instant.parse("2024-03-05T10:15:00Z");

        assertThat(DateValues.parse(Date.from(instant), UTC)).isEqualTo(instant);
        assertThat(DateValues.parse(OffsetDateTime.parse("2024-03-05T11:15:00+01:00"), UTC)).isEqualTo(instant);
        assertThat(DateValues.parse(LocalDate.parse("2024-03-05"), UTC)).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void parse_garbage_rejected() {
        assertThatThrownBy(() -> DateValues.parse("last tuesday", UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_dayOutOfRange_rejected() {
        assertThatThrownBy(() -> DateValues.parse("2024-02-30", UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_dayOutOfRangeWithTime_rejected() {
        assertThatThrownBy(() -> DateValues.parse("2024-02-30T10:00:00Z", UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_feb29NonLeapYear_rejected() {
        assertThatThrownBy(() -> DateValues.parse("2023-02-29 10:00:00", UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_monthThirteen_rejected() {
        assertThatThrownBy(() -> DateValues.parse("2024-13-01", UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_trailingText_rejected() {
        assertThatThrownBy(() -> DateValues.parse("2024-03-05T10:15:00Z and more", UTC))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_number_rejected() {
        assertThatThrownBy(() -> DateValues.parse(2024, UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_null_rejected() {
        assertThatThrownBy(() -> DateValues.parse(null, UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_resultSameUnderAnyDefaultZone() {
        Instant underKiritimati = DateValues.parse("2024-03-05 10:15:00", UTC);
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        Instant underLosAngeles = DateValues.parse("2024-03-05 10:15:00", UTC);

        assertThat(underLosAngeles).isEqualTo(underKiritimati);
        assertThat(underLosAngeles).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    }

    @Test
    void defaultZone_utc() {
        assertThat(DateValues.defaultZone()).isEqualTo(ZoneOffset.UTC);
    }
}
