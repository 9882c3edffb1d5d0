package io.meridian.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TextDirectionTest {

    @Test
    void onlyArabicRunsRightToLeft() {
        for (Locale locale : SupportedLocales.all()) {
            boolean arabic = locale.getLanguage().equals("ar");
            assertThat(TextDirection.isRightToLeft(locale)).as(locale.toLanguageTag()).isEqualTo(arabic);
            assertThat(TextDirection.of(locale).htmlValue()).as(locale.toLanguageTag()).isEqualTo(arabic ? "rtl" : "ltr");
        }
    }

    @Test
    void directionComesFromTheScriptNotFromAList() {
        assertThat(TextDirection.of(Locale.forLanguageTag("he"))).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of(Locale.forLanguageTag("ar-EG"))).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of(Locale.forLanguageTag("az-Latn"))).isEqualTo(TextDirection.LEFT_TO_RIGHT);
    }
}
