package io.meridian.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLocalesTest {

    @Test
    void regionalVariantsFallBackToTheirLanguage() {
        assertThat(SupportedLocales.negotiate("de-AT")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.negotiate("de-CH,de;q=0.9")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void qValuesDecide() {
        assertThat(SupportedLocales.negotiate("en;q=0.4, de;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.negotiate("de;q=0.1, en")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void unsupportedOrMalformedFallsBackToEnglish() {
        assertThat(SupportedLocales.negotiate("sw")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate(";;;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void preferenceTagsAreExact() {
        assertThat(SupportedLocales.isSupportedTag("de")).isTrue();
        assertThat(SupportedLocales.isSupportedTag("de-AT")).isFalse();
        assertThat(SupportedLocales.isSupportedTag("xx")).isFalse();
    }
}
