package io.meridian.i18n;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected texts are CLDR's (ICU 79); escapes mark the invisible spaces and direction marks. */
class LocaleFormatsTest {

    private static final Instant PI_DAY = Instant.parse("2025-03-14T14:30:00Z");

    private static LocaleFormats of(String tag) {
        return LocaleFormats.of(Locale.forLanguageTag(tag));
    }

    @Test
    void probabilitiesAsPercentages() {
        assertThat(of("en").percent(0.873)).isEqualTo("87.3%");
        assertThat(of("de").percent(0.873)).isEqualTo("87,3\u00a0%");
        assertThat(of("fr").percent(0.873)).isEqualTo("87,3\u00a0%");
        assertThat(of("es").percent(0.873)).isEqualTo("87,3\u00a0%");
        assertThat(of("pt-BR").percent(0.873)).isEqualTo("87,3%");
        assertThat(of("ja").percent(0.873)).isEqualTo("87.3%");
        assertThat(of("zh-CN").percent(0.873)).isEqualTo("87.3%");
        assertThat(of("en").percent(1.0)).isEqualTo("100%");
        assertThat(of("en").percent(0.12345)).isEqualTo("12.3%");
    }

    /** CLDR's default numbering system for plain ar is Latin digits; Egypt's is Arabic-Indic. */
    @Test
    void arabicDigitsFollowCldrDefaults() {
        assertThat(of("ar").percent(0.873)).isEqualTo("87.3\u200e%\u200e");
        assertThat(of("ar").number(1234567.891)).isEqualTo("1,234,567.891");
        assertThat(of("ar-EG").percent(0.873)).isEqualTo("٨٧٫٣٪\u061c");
    }

    @Test
    void numbersWithGroupingAndDecimalSign() {
        assertThat(of("en").number(1234567.891)).isEqualTo("1,234,567.891");
        assertThat(of("de").number(1234567.891)).isEqualTo("1.234.567,891");
        assertThat(of("fr").number(1234567.891)).isEqualTo("1\u202f234\u202f567,891");
        assertThat(of("pt-BR").number(1234567.891)).isEqualTo("1.234.567,891");
        assertThat(of("ja").number(42L)).isEqualTo("42");
    }

    @Test
    void datesInTheLocalesOrder() {
        ZoneId utc = ZoneOffset.UTC;
        assertThat(of("en").date(PI_DAY, utc)).isEqualTo("Mar 14, 2025");
        assertThat(of("de").date(PI_DAY, utc)).isEqualTo("14.03.2025");
        assertThat(of("ja").date(PI_DAY, utc)).isEqualTo("2025/03/14");
        assertThat(of("zh-CN").date(PI_DAY, utc)).isEqualTo("2025年3月14日");
        assertThat(of("fr").date(PI_DAY, utc)).isEqualTo("14 mars 2025");
        assertThat(of("es").date(PI_DAY, utc)).isEqualTo("14 mar 2025");
        assertThat(of("pt-BR").date(PI_DAY, utc)).isEqualTo("14 de mar. de 2025");
        assertThat(of("ar").date(PI_DAY, utc)).isEqualTo("14\u200f/03\u200f/2025");
    }

    @Test
    void timesInTheGivenZone() {
        assertThat(of("en").dateTime(PI_DAY, ZoneOffset.UTC)).isEqualTo("Mar 14, 2025, 2:30\u202fPM");
        assertThat(of("de").dateTime(PI_DAY, ZoneId.of("Europe/Berlin"))).isEqualTo("14.03.2025, 15:30");
        assertThat(of("ja").dateTime(PI_DAY, ZoneId.of("Asia/Tokyo"))).isEqualTo("2025/03/14 23:30");
        assertThat(of("fr").dateTime(PI_DAY, ZoneOffset.ofHours(-5))).isEqualTo("14 mars 2025, 09:30");
        assertThat(of("ar").dateTime(PI_DAY, ZoneOffset.UTC)).isEqualTo("14\u200f/03\u200f/2025\u060c 2:30 م");
    }

    @Test
    void oneInstancePerLocale() {
        assertThat(LocaleFormats.of(Locale.GERMAN)).isSameAs(LocaleFormats.of(Locale.GERMAN));
        assertThat(LocaleFormats.of(Locale.GERMAN).locale()).isEqualTo(Locale.GERMAN);
    }
}
