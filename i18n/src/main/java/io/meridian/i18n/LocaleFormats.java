package io.meridian.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.number.Scale;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.NoUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers, percentages, dates and times written the way one locale writes them (CLDR via ICU):
 * 0.873 as a percentage is "87.3%" in en and "87,3 %" in de. The number formatters are
 * immutable and shared; one instance per locale is cached, so serving does not rebuild them.
 */
public final class LocaleFormats {

    private static final Map<Locale, LocaleFormats> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final LocalizedNumberFormatter number;
    private final LocalizedNumberFormatter percent;
    private final DateFormat datePrototype;
    private final DateFormat dateTimePrototype;

    private LocaleFormats(Locale locale) {
        this.locale = locale;
        this.number = NumberFormatter.withLocale(locale).precision(Precision.maxFraction(6));
        // a probability is a fraction: scale by 100, show one decimal at most (87.3%, 100%)
        this.percent = NumberFormatter.withLocale(locale)
                .unit(NoUnit.PERCENT)
                .scale(Scale.powerOfTen(2))
                .precision(Precision.maxFraction(1));
        ULocale icuLocale = ULocale.forLocale(locale);
        this.datePrototype = DateFormat.getDateInstance(DateFormat.MEDIUM, icuLocale);
        this.dateTimePrototype = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, icuLocale);
    }

    public static LocaleFormats of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, LocaleFormats::new);
    }

    public Locale locale() {
        return locale;
    }

    /** A number with the locale's digits, grouping and decimal sign, up to six decimals. */
    public String number(double value) {
        return number.format(value).toString();
    }

    public String number(long value) {
        return number.format(value).toString();
    }

    /** A fraction as a percentage: 0.873 → "87.3%" (en), "87,3 %" (de). */
    public String percent(double fraction) {
        return percent.format(fraction).toString();
    }

    /** The calendar date of an instant in a time zone, medium length ("Mar 14, 2025", "14.03.2025"). */
    public String date(Instant instant, ZoneId zone) {
        return format(datePrototype, instant, zone);
    }

    /** Date and time of day of an instant in a time zone ("Mar 14, 2025, 2:30 PM", "14.03.2025, 14:30"). */
    public String dateTime(Instant instant, ZoneId zone) {
        return format(dateTimePrototype, instant, zone);
    }

    private static String format(DateFormat prototype, Instant instant, ZoneId zone) {
        // DateFormat is mutable and not thread-safe: each call formats on its own copy
        DateFormat format = (DateFormat) prototype.clone();
        format.setTimeZone(icuZone(zone));
        return format.format(Date.from(instant));
    }

    /** ICU knows region ids (Europe/Berlin) and GMT offsets, but not java.time's bare offsets (Z, +02:00). */
    private static TimeZone icuZone(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return TimeZone.getTimeZone(offset.equals(ZoneOffset.UTC) ? "GMT" : "GMT" + offset.getId());
        }
        return TimeZone.getTimeZone(zone.getId());
    }
}
