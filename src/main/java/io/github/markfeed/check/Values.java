package io.github.markfeed.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the value formats that feeds and sitemaps share: dates, URLs and language tags. */
final class Values {

    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** RFC 822 section 5 date-time, with the four-digit years that RSS 2.0 recommends also allowed. */
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s*)?(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + "\\s+(\\d{2}|\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s+"
                    + "(UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Za-ik-z]|[+-]\\d{4})");

    /** RFC 3339 section 5.6 date-time; {@code T} and {@code Z} may be lower case. */
    private static final Pattern RFC_3339 =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)([Zz]|[+-]\\d{2}:\\d{2})");

    private static final Pattern RFC_3339_WITHOUT_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /** The W3C Datetime profile of ISO 8601 that sitemaps use for {@code lastmod}. */
    private static final Pattern W3C_DATETIME = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    /** Language tag as RFC 1766 and its successors (BCP 47) write it: subtags of letters and digits joined by hyphens. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private static final Pattern MIME_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;.*)?", Pattern.DOTALL);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s()<>]+@[^@\\s()<>]+\\.[^@\\s()<>]+(\\s*\\(.*\\))?");

    private Values() {}

    /**
     * Checks an RFC 822 date as RSS 2.0 uses it.
     *
     * @return {@code null} when the date is valid, else why it is not
     */
    static String rfc822Problem(String value) {
        Matcher matcher = RFC_822.matcher(value.strip());
        if (!matcher.matches()) {
            if (RFC_3339_WITHOUT_OFFSET.matcher(value.strip()).lookingAt()) {
                return "is an ISO 8601 date, but RSS 2.0 needs RFC 822 such as 'Mon, 15 Jan 2024 10:30:00 +0100'";
            }
            return "is not an RFC 822 date such as 'Mon, 15 Jan 2024 10:30:00 +0100'";
        }
        int year = Integer.parseInt(matcher.group(4));
        if (matcher.group(4).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDate date = LocalDate.of(year, MONTHS.indexOf(matcher.group(3)) + 1, Integer.parseInt(matcher.group(2)));
            LocalTime.of(
                    Integer.parseInt(matcher.group(5)),
                    Integer.parseInt(matcher.group(6)),
                    matcher.group(7) == null ? 0 : Integer.parseInt(matcher.group(7)));
            if (matcher.group(1) != null) {
                DayOfWeek named = DayOfWeek.valueOf(dayName(matcher.group(1)));
                if (named != date.getDayOfWeek()) {
                    return "names the wrong day of the week: " + date + " is a "
                            + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                }
            }
        } catch (DateTimeException e) {
            return "is not a real date or time: " + e.getMessage();
        }
        return null;
    }

    private static String dayName(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation)) {
                return day.name();
            }
        }
        throw new DateTimeException("unknown day " + abbreviation);
    }

    /**
     * Checks an RFC 3339 date-time, as Atom and JSON Feed use it.
     *
     * @return {@code null} when the date is valid, else why it is not
     */
    static String rfc3339Problem(String value) {
        Matcher matcher = RFC_3339.matcher(value);
        if (matcher.matches()) {
            try {
                OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
                return null;
            } catch (DateTimeParseException e) {
                return "is not a real date or time";
            }
        }
        if (RFC_3339_WITHOUT_OFFSET.matcher(value).matches()) {
            return "has no time zone offset; add 'Z' or an offset such as '+01:00'";
        }
        if (RFC_822.matcher(value.strip()).matches()) {
            return "is an RFC 822 date, but RFC 3339 is needed, such as '2024-01-15T10:30:00+01:00'";
        }
        return "is not an RFC 3339 date-time such as '2024-01-15T10:30:00+01:00'";
    }

    /**
     * Checks a W3C Datetime value, as sitemaps use it for {@code lastmod}.
     *
     * @return {@code null} when the date is valid, else why it is not
     */
    static String w3cDatetimeProblem(String value) {
        Matcher matcher = W3C_DATETIME.matcher(value);
        if (!matcher.matches()) {
            return "is not a W3C Datetime such as '2024-01-15' or '2024-01-15T10:30:00+01:00'";
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
                if (matcher.group(3) != null) {
                    LocalDate date = month.atDay(Integer.parseInt(matcher.group(3)));
                    if (matcher.group(4) != null) {
                        LocalDateTime.of(date, LocalTime.parse(matcher.group(4)));
                    }
                }
            }
        } catch (DateTimeException e) {
            return "is not a real date or time";
        }
        return null;
    }

    /**
     * Checks a language tag.
     *
     * @return {@code null} when the tag is valid, else why it is not
     */
    static String languageTagProblem(String value) {
        if (LANGUAGE_TAG.matcher(value).matches()) {
            return null;
        }
        if (value.indexOf('_') >= 0) {
            return "is a Java locale name; language tags join their parts with '-', such as '"
                    + value.replace('_', '-') + "'";
        }
        return "is not a language tag such as 'en' or 'en-US'";
    }

    /** Returns whether a value is an absolute http or https URL with a host. */
    static boolean isAbsoluteHttpUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Checks a URL that must be absolute.
     *
     * @return {@code null} when the value is an absolute URL, else why it is not
     */
    static String absoluteUrlProblem(String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return "is empty";
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null) {
                return "is a relative URL; write the absolute URL, with scheme and host";
            }
            if ((uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getHost() == null) {
                return "has no host name";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getReason();
        }
    }

    /** Returns whether a value starts with a URI scheme, as absolute IRIs such as {@code urn:uuid:...} do. */
    static boolean hasScheme(String value) {
        return SCHEME.matcher(value.strip()).matches();
    }

    static boolean isMimeType(String value) {
        return MIME_TYPE.matcher(value.strip()).matches();
    }

    /** Returns whether a value is an e-mail address, optionally followed by a name in brackets. */
    static boolean isEmailAddress(String value) {
        return EMAIL.matcher(value.strip()).matches();
    }

    /** Returns whether a URL is the site URL or a URL below it; the site URL may lack its final {@code /}. */
    static boolean isUnderSite(String url, String siteUrl) {
        String base = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        String value = url.strip();
        return value.regionMatches(true, 0, base, 0, schemeAndHostLength(base))
                && value.startsWith(base.substring(schemeAndHostLength(base)), schemeAndHostLength(base))
                || value.equalsIgnoreCase(base.substring(0, base.length() - 1));
    }

    /** Length of {@code scheme://host:port}, the case-insensitive part of a URL. */
    private static int schemeAndHostLength(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return 0;
        }
        int slash = url.indexOf('/', start + 3);
        return slash < 0 ? url.length() : slash;
    }
}
