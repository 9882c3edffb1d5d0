package io.meridian.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLocalesTest {

    private static final Locale CHINESE_SIMPLIFIED = Locale.forLanguageTag("zh-CN");
    private static final Locale PORTUGUESE_BRAZIL = Locale.forLanguageTag("pt-BR");

    @Test
    void theEightLocalesWithEnglishAsDefault() {
        assertThat(SupportedLocales.all()).extracting(Locale::toLanguageTag)
                .containsExactly("en", "zh-CN", "ja", "de", "fr", "es", "pt-BR", "ar");
        assertThat(SupportedLocales.DEFAULT).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void exactTagsFindTheirLocale() {
        for (Locale locale : SupportedLocales.all()) {
            assertThat(SupportedLocales.negotiate(locale.toLanguageTag())).isEqualTo(locale);
        }
    }

    @Test
    void regionalVariantsFallBackToTheirLanguage() {
        assertThat(SupportedLocales.negotiate("de-AT")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.negotiate("de-CH,de;q=0.9")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.negotiate("fr-CA")).isEqualTo(Locale.FRENCH);
        assertThat(SupportedLocales.negotiate("es-MX")).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(SupportedLocales.negotiate("es-419")).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(SupportedLocales.negotiate("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate("ja-JP")).isEqualTo(Locale.JAPANESE);
        assertThat(SupportedLocales.negotiate("ar-EG")).isEqualTo(Locale.forLanguageTag("ar"));
        // CLDR puts pt-PT close enough to pt-BR; a bare pt is Brazilian by likely subtags
        assertThat(SupportedLocales.negotiate("pt-PT")).isEqualTo(PORTUGUESE_BRAZIL);
        assertThat(SupportedLocales.negotiate("pt")).isEqualTo(PORTUGUESE_BRAZIL);
    }

    @Test
    void simplifiedChineseIsFoundFromItsVariants() {
        assertThat(SupportedLocales.negotiate("zh")).isEqualTo(CHINESE_SIMPLIFIED);
        assertThat(SupportedLocales.negotiate("zh-Hans")).isEqualTo(CHINESE_SIMPLIFIED);
        assertThat(SupportedLocales.negotiate("zh-SG")).isEqualTo(CHINESE_SIMPLIFIED);
    }

    @Test
    void traditionalChineseIsNeverServedSimplified() {
        for (String traditional : new String[] {"zh-Hant-TW", "zh-TW", "zh-HK", "zh-MO", "zh-Hant"}) {
            assertThat(SupportedLocales.negotiate(traditional)).as(traditional).isEqualTo(Locale.ENGLISH);
        }
        assertThat(SupportedLocales.negotiate("zh-Hant-TW, ja;q=0.5")).isEqualTo(Locale.JAPANESE);
        assertThat(SupportedLocales.negotiate("zh-TW, fr-CA;q=0.3")).isEqualTo(Locale.FRENCH);
        // only a header that asks for Simplified Chinese itself gets it
        assertThat(SupportedLocales.negotiate("zh-TW, zh-CN;q=0.8")).isEqualTo(CHINESE_SIMPLIFIED);
    }

    @Test
    void noOneWayFallbackIntoAnotherLanguage() {
        assertThat(SupportedLocales.negotiate("ca")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate("ca, es;q=0.8")).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void qValuesDecide() {
        assertThat(SupportedLocales.negotiate("en;q=0.4, de;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.negotiate("de;q=0.1, en")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate("fr;q=0.2, ja;q=0.9, de;q=0.5")).isEqualTo(Locale.JAPANESE);
        assertThat(SupportedLocales.negotiate("sw, ar;q=0.7, en;q=0.6")).isEqualTo(Locale.forLanguageTag("ar"));
        // q=0 means "not acceptable"
        assertThat(SupportedLocales.negotiate("de;q=0, fr")).isEqualTo(Locale.FRENCH);
        assertThat(SupportedLocales.negotiate("es-MX, *;q=0.5")).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void unsupportedOrMalformedFallsBackToEnglish() {
        assertThat(SupportedLocales.negotiate("sw")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate("*")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate(null)).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.negotiate("  ")).isEqualTo(Locale.ENGLISH);
        for (String junk : new String[] {";;;q=x", "de;q=1.5", "fr;q=abc", ",,,", "12345", "\u0000\u00ff\u2603",
                "x-klingon", "a".repeat(10_000)}) {
            assertThat(SupportedLocales.negotiate(junk)).as(junk.length() > 40 ? "long header" : junk).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void manyDistinctHeadersDoNotChangeTheAnswers() {
        for (int i = 0; i < 5_000; i++) {
            assertThat(SupportedLocales.negotiate("x-junk-" + i)).isEqualTo(Locale.ENGLISH);
        }
        assertThat(SupportedLocales.negotiate("fr-BE, en;q=0.1")).isEqualTo(Locale.FRENCH);
        assertThat(SupportedLocales.negotiate("fr-BE, en;q=0.1")).isEqualTo(Locale.FRENCH);
        assertThat(SupportedLocales.negotiate("zh-HK, en;q=0.1")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void preferenceTagsAreExact() {
        for (String tag : new String[] {"en", "zh-CN", "ja", "de", "fr", "es", "pt-BR", "ar"}) {
            assertThat(SupportedLocales.isSupportedTag(tag)).as(tag).isTrue();
        }
        for (String tag : new String[] {"de-AT", "xx", "zh", "zh-TW", "zh-cn", "zh_CN", "pt", "pt-PT", "AR", "", null}) {
            assertThat(SupportedLocales.isSupportedTag(tag)).as(tag).isFalse();
        }
    }
}
