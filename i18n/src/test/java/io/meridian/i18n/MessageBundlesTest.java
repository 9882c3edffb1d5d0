package io.meridian.i18n;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The message bundles: complete in every locale, and every pattern valid ICU. */
class MessageBundlesTest {

    private final Messages problems = new Messages("io.meridian.i18n.problems");
    private final Messages compliance = new Messages("io.meridian.i18n.compliance");
    private final Messages jobs = new Messages("io.meridian.i18n.jobs");

    @Test
    void everyLocaleHasEveryKeyOfEveryOther() {
        for (Messages bundle : List.of(problems, compliance, jobs)) {
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
        for (Locale locale : SupportedLocales.all()) {
            java.util.Properties all = problems.patterns(locale);
            all.putAll(compliance.patterns(locale));
            all.putAll(jobs.patterns(locale));
            all.forEach((key, pattern) -> assertThatCode(
                    () -> new MessageFormat((String) pattern, locale))
                    .as("%s in %s", key, locale)
                    .doesNotThrowAnyException());
        }
    }

    @Test
    void pluralsFollowTheLocale() {
        assertThat(problems.format(Locale.ENGLISH, "too-many-login-attempts.detail", Map.of("seconds", 1)))
                .isEqualTo("Try again in 1 second.");
        assertThat(problems.format(Locale.GERMAN, "too-many-login-attempts.detail", Map.of("seconds", 30)))
                .isEqualTo("Versuchen Sie es in 30 Sekunden erneut.");
    }

    @Test
    void unknownLocaleAndKeyFallBack() {
        assertThat(problems.format(Locale.JAPANESE, "forbidden.title")).isEqualTo("Not allowed");
        assertThat(problems.format(Locale.GERMAN, "no.such.key")).isEqualTo("no.such.key");
    }
}
