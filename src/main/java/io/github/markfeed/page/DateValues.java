package io.github.markfeed.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date values found in front matter, file names and changelogs. Values with an offset
 * keep it; date-only values and local date-times are taken in the site's zone. The JVM's default
 * zone and locale play no part.
 */
public final class DateValues {

    /** The ISO 8601 forms accepted, as shown to users when a value matches none of them. */
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

    /**
     * Offsets as real front matter writes them: {@code Z}, {@code +01:00}, {@code -0800}, and
     * {@code -4} or {@code +5:30} with a one-digit hour, with or without a space before them.
     */
    private static final List<DateTimeFormatter> OFFSET_FORMS = List.of(
            offsetForm("+HH:MM"), offsetForm("+HHMM"), offsetForm("+H:mm"), offsetForm("+H"));

    private static final DateValues UTC = new DateValues(ZoneOffset.UTC, List.of());

    private final ZoneId zone;
    private final List<DateTimeFormatter> customFormats;
    private final List<String> customPatterns;

    /**
     * @param zone zone for values without an offset
     * @param customPatterns further {@link DateTimeFormatter} patterns, such as {@code M/d/yyyy},
     *     tried after ISO 8601, parsed with English names whatever the JVM's locale
     * @throws IllegalArgumentException naming a pattern that is not valid
     */
    public DateValues(ZoneId zone, List<String> customPatterns) {
        this.zone = zone;
        this.customPatterns = List.copyOf(customPatterns);
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String pattern : customPatterns) {
            try {
                formats.add(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage(), e);
            }
        }
        this.customFormats = List.copyOf(formats);
    }

    private static DateTimeFormatter offsetForm(String offsetPattern) {
        return new DateTimeFormatterBuilder()
                .append(LOCAL_DATE_TIME)
                .optionalStart()
                .appendLiteral(' ')
                .optionalEnd()
                .appendOffset(offsetPattern, "Z")
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Parses a front-matter value in the given zone, with the ISO 8601 forms only.
     *
     * @throws DateTimeException when the value is not a date
     */
    public static Instant parse(Object value, ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? UTC.parse(value) : new DateValues(zone, List.of()).parse(value);
    }

    /**
     * Parses a value: a string in one of the {@link #ACCEPTED_FORMS} or the custom patterns, or a
     * date object that a YAML or TOML library built.
     *
     * @throws DateTimeException when the value is not a date
     */
    public Instant parse(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.atZone(zone).toInstant();
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
        } catch (DateTimeParseException ignored) {
            // try the custom patterns
        }
        for (DateTimeFormatter format : customFormats) {
            Instant parsed = parseCustom(text.trim(), format);
            if (parsed != null) {
                return parsed;
            }
        }
        throw new DateTimeException("not a date");
    }

    private Instant parseCustom(String text, DateTimeFormatter format) {
        TemporalAccessor parsed;
        try {
            parsed = format.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            return null;
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        LocalDateTime local = time == null ? date.atStartOfDay() : date.atTime(time);
        ZoneId explicit = parsed.query(TemporalQueries.zone());
        return local.atZone(explicit != null ? explicit : zone).toInstant();
    }

    /** Returns the forms tried, for error messages: ISO 8601 and then the custom patterns. */
    public String describeForms() {
        return customPatterns.isEmpty()
                ? ACCEPTED_FORMS
                : ACCEPTED_FORMS + ", then the patterns " + String.join(", ", customPatterns);
    }

    /** Returns the zone used for values without an offset. */
    public ZoneId zone() {
        return zone;
    }

    /** Returns the zone used when a site sets none. */
    public static ZoneId defaultZone() {
        return ZoneOffset.UTC;
    }
}
