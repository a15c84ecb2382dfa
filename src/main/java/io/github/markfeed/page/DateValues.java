package io.github.markfeed.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date values found in front matter and file names. Values with an offset keep it;
 * date-only values and local date-times are taken in the given zone.
 */
public final class DateValues {

    /** The forms accepted, as shown to users when a value matches none of them. */
    public static final String ACCEPTED_FORMS =
            "2024-03-05, 2024-03-05T10:15:00Z, 2024-03-05T10:15:00+01:00, 2024-03-05 10:15:00 or 2024-03-05 10:15:00 -0800";

    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(LOCAL_DATE_TIME)
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter OFFSET_DATE_TIME_COMPACT = new DateTimeFormatterBuilder()
            .append(LOCAL_DATE_TIME)
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> OFFSET_FORMS = List.of(OFFSET_DATE_TIME, OFFSET_DATE_TIME_COMPACT);

    private DateValues() {}

    /**
     * Parses a front-matter value: a string in one of the {@link #ACCEPTED_FORMS}, or a date
     * object that a YAML library built.
     *
     * @throws DateTimeException when the value is not a date
     */
    public static Instant parse(Object value, ZoneId zone) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (!(value instanceof String text)) {
            throw new DateTimeException("not a date");
        }
        // Jekyll and others separate date and time with a space instead of ISO 8601's 'T'.
        String iso = text.trim();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        for (DateTimeFormatter form : OFFSET_FORMS) {
            try {
                return OffsetDateTime.parse(iso, form).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(iso, LOCAL_DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try a date alone
        }
        try {
            return LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new DateTimeException("not a date", e);
        }
    }

    /** Returns the zone used for values without an offset. */
    public static ZoneId defaultZone() {
        return ZoneOffset.UTC;
    }
}
