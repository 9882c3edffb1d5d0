package io.meridian.api;

import io.meridian.compliance.policy.MessageKeys;
import io.meridian.i18n.Messages;
import io.meridian.i18n.SupportedLocales;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason the compliance module can give has a translation in every locale. */
class ComplianceMessagesTest {

    @Test
    void everyDecisionAndViolationKeyIsTranslated() {
        Messages bundle = new Messages("io.meridian.i18n.compliance");
        for (Locale locale : SupportedLocales.all()) {
            assertThat(bundle.patterns(locale).stringPropertyNames()).as("%s", locale).containsAll(MessageKeys.ALL);
        }
    }
}
