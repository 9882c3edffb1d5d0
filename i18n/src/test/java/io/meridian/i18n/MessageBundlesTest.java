package io.meridian.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The message bundles: complete in every locale, every pattern valid ICU with the same arguments as English. */
class MessageBundlesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Messages problems = new Messages("io.meridian.i18n.problems");
    private final Messages compliance = new Messages("io.meridian.i18n.compliance");
    private final Messages jobs = new Messages("io.meridian.i18n.jobs");
    private final List<Messages> bundles = List.of(problems, compliance, jobs);

    @Test
    void everyLocaleHasEveryKeyOfEveryOther() {
        for (Messages bundle : bundles) {
            Set<Object> english = bundle.patterns(Locale.ENGLISH).keySet();
            for (Locale locale : SupportedLocales.all()) {
                assertThat(bundle.patterns(locale).keySet())
                        .as("keys of %s", locale)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void everyMessageParsesInItsLocale() {
        forEachPattern((locale, key, pattern) -> assertThatCode(() -> new MessageFormat(pattern, locale))
                .as("%s in %s", key, locale)
                .doesNotThrowAnyException());
    }

    /** A translation that drops, renames or retypes an argument would show the wrong text or fail at run time. */
    @Test
    void everyTranslationTakesTheArgumentsOfTheEnglishMessage() {
        for (Messages bundle : bundles) {
            bundle.patterns(Locale.ENGLISH).forEach((key, english) -> {
                Map<String, MessagePattern.ArgType> expected = MessageArguments.of((String) english);
                for (Locale locale : SupportedLocales.all()) {
                    assertThat(MessageArguments.of(bundle.patterns(locale).getProperty((String) key)))
                            .as("arguments of %s in %s", key, locale)
                            .isEqualTo(expected);
                }
            });
        }
    }

    /** Formats each message through {@link Messages} with sample arguments, numbers for every plural branch. */
    @Test
    void everyMessageFormatsWithSampleArgumentsInEveryLocale() {
        for (Messages bundle : bundles) {
            for (Locale locale : SupportedLocales.all()) {
                bundle.patterns(locale).forEach((key, pattern) -> {
                    Map<String, MessagePattern.ArgType> arguments = MessageArguments.of((String) pattern);
                    for (long count : new long[] {0, 1, 2, 3, 11, 100, 1_000_000}) {
                        Map<String, Object> samples = new HashMap<>();
                        arguments.forEach((name, type) -> samples.put(name, MessageArguments.isNumeric(type) ? count : "sample-" + name));
                        String text = bundle.format(locale, (String) key, samples);
                        assertThat(text).as("%s in %s", key, locale)
                                .isNotBlank()
                                .isNotEqualTo(key)
                                .doesNotContain("{");
                        samples.forEach((name, value) -> {
                            if (value instanceof String sample && arguments.get(name) == MessagePattern.ArgType.NONE) {
                                assertThat(text).as("%s in %s shows %s", key, locale, name).contains(sample);
                            }
                        });
                    }
                });
            }
        }
    }

    /** Every plural message has a form for each CLDR plural category of its locale (ar: six, ja: one). */
    @Test
    void pluralMessagesCoverEveryCategoryOfTheirLocale() {
        forEachPattern((locale, key, pattern) -> {
            Set<String> categories = PluralRules.forLocale(locale).getKeywords();
            for (Set<String> keywords : MessageArguments.pluralKeywords(pattern)) {
                assertThat(keywords).as("plural forms of %s in %s", key, locale).containsAll(categories);
            }
        });
    }

    @Test
    void arabicCountedMessagesUseAllSixPluralForms() {
        Map<Integer, String> fields = new TreeMap<>();
        for (int count : new int[] {0, 1, 2, 3, 11, 100}) {
            fields.put(count, problems.format(ARABIC, "invalid-input.detail", Map.of("count", count)));
        }
        assertThat(fields).containsExactly(
                Map.entry(0, "لا توجد حقول غير صالحة."),
                Map.entry(1, "حقل واحد غير صالح."),
                Map.entry(2, "حقلان غير صالحين."),
                Map.entry(3, "3 حقول غير صالحة."),
                Map.entry(11, "11 حقلًا غير صالح."),
                Map.entry(100, "100 حقلٍ غير صالح."));

        assertThat(problems.format(ARABIC, "too-many-login-attempts.detail", Map.of("seconds", 2)))
                .isEqualTo("حاول مرة أخرى بعد ثانيتين.");
        assertThat(problems.format(ARABIC, "too-many-login-attempts.detail", Map.of("seconds", 5)))
                .isEqualTo("حاول مرة أخرى بعد 5 ثوانٍ.");
        assertThat(problems.format(ARABIC, "too-many-login-attempts.detail", Map.of("seconds", 30)))
                .isEqualTo("حاول مرة أخرى بعد 30 ثانيةً.");
    }

    @Test
    void pluralsFollowTheLocale() {
        assertThat(problems.format(Locale.ENGLISH, "too-many-login-attempts.detail", Map.of("seconds", 1)))
                .isEqualTo("Try again in 1 second.");
        assertThat(problems.format(Locale.GERMAN, "too-many-login-attempts.detail", Map.of("seconds", 30)))
                .isEqualTo("Versuchen Sie es in 30 Sekunden erneut.");
        // French counts 0 and 1 as singular
        assertThat(problems.format(Locale.FRENCH, "invalid-input.detail", Map.of("count", 0)))
                .isEqualTo("0 champ n’est pas valide.");
        assertThat(problems.format(Locale.JAPANESE, "invalid-input.detail", Map.of("count", 1)))
                .isEqualTo("1 個のフィールドが無効です。");
        assertThat(problems.format(Locale.forLanguageTag("pt-BR"), "too-many-login-attempts.detail", Map.of("seconds", 1)))
                .isEqualTo("Tente novamente em 1 segundo.");
    }

    @Test
    void eachLocaleSpeaksItsOwnLanguage() {
        assertThat(problems.format(Locale.forLanguageTag("zh-CN"), "forbidden.title")).isEqualTo("不允许");
        assertThat(problems.format(Locale.JAPANESE, "forbidden.title")).isEqualTo("許可されていません");
        assertThat(problems.format(Locale.FRENCH, "forbidden.title")).isEqualTo("Non autorisé");
        assertThat(problems.format(Locale.forLanguageTag("es"), "forbidden.title")).isEqualTo("No permitido");
        assertThat(problems.format(Locale.forLanguageTag("pt-BR"), "forbidden.title")).isEqualTo("Não permitido");
        assertThat(problems.format(ARABIC, "forbidden.title")).isEqualTo("غير مسموح");
        assertThat(jobs.format(Locale.forLanguageTag("zh-CN"), "cancelled")).isEqualTo("已取消。");
        assertThat(compliance.format(Locale.forLanguageTag("es"), "decision.unknown-region", Map.of("region", "mars")))
                .isEqualTo("mars no es una región conocida.");
    }

    @Test
    void unsupportedLocaleAndUnknownKeyFallBack() {
        assertThat(problems.format(Locale.ITALIAN, "forbidden.title")).isEqualTo("Not allowed");
        assertThat(problems.format(Locale.forLanguageTag("zh-TW"), "forbidden.title")).isEqualTo("Not allowed");
        assertThat(problems.format(Locale.GERMAN, "no.such.key")).isEqualTo("no.such.key");
    }

    private interface PatternCheck {
        void check(Locale locale, String key, String pattern);
    }

    private void forEachPattern(PatternCheck check) {
        for (Messages bundle : bundles) {
            for (Locale locale : SupportedLocales.all()) {
                bundle.patterns(locale).forEach((key, pattern) -> check.check(locale, (String) key, (String) pattern));
            }
        }
    }
}
