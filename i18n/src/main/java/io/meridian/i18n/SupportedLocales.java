package io.meridian.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;

import java.util.List;
import java.util.Locale;

/**
 * The locales Meridian answers in, and the choice of one of them for a request.
 * Negotiation is ICU's LocaleMatcher (CLDR language distance), so de-AT finds de and an
 * unsupported or malformed header falls back to English instead of failing.
 */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.ENGLISH;

    private static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final LocaleMatcher MATCHER = LocaleMatcher.builder()
            .setSupportedLocales(ALL)
            .setDefaultLocale(DEFAULT)
            .build();

    private SupportedLocales() {
    }

    public static List<Locale> all() {
        return ALL;
    }

    /** The best supported locale for an Accept-Language header (q-values honoured); null or junk gives the default. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            return MATCHER.getBestMatch(LocalePriorityList.add(acceptLanguage).build()).toLocale();
        } catch (IllegalArgumentException malformedHeader) {
            return DEFAULT;
        }
    }

    /** Whether a BCP 47 tag names a supported locale exactly (used to validate a user's preference). */
    public static boolean isSupportedTag(String tag) {
        return tag != null && ALL.stream().anyMatch(locale -> locale.toLanguageTag().equals(tag));
    }
}
