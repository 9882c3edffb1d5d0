package io.meridian.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The locales Meridian answers in, and the choice of one of them for a request.
 * Negotiation is ICU's LocaleMatcher (CLDR language distance), so de-AT finds de, fr-CA fr and
 * pt-PT pt-BR, while an unsupported or malformed header falls back to English instead of failing.
 */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.ENGLISH;

    /** English first: it is the default and wins ties. Chinese is Simplified (zh-CN) only. */
    private static final List<Locale> ALL = List.of(
            Locale.ENGLISH,
            Locale.forLanguageTag("zh-CN"),
            Locale.JAPANESE,
            Locale.GERMAN,
            Locale.FRENCH,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt-BR"),
            Locale.forLanguageTag("ar"));

    /*
     * ONLY_TWO_WAY ignores CLDR's one-way fallbacks into another written standard: zh-Hant
     * (zh-TW, zh-HK) → zh-Hans, ca → es, gsw → de. A reader of Traditional Chinese gets English
     * rather than a script they did not ask for, unless the header lists zh or zh-CN itself.
     * Demotion per desired locale (REGION) keeps the header's order: a later language only wins
     * when an earlier one has no match at all, not because it matches a little more closely.
     */
    private static final LocaleMatcher MATCHER = LocaleMatcher.builder()
            .setSupportedLocales(ALL)
            .setDefaultLocale(DEFAULT)
            .setFavorSubtag(LocaleMatcher.FavorSubtag.LANGUAGE)
            .setDemotionPerDesiredLocale(LocaleMatcher.Demotion.REGION)
            .setDirection(LocaleMatcher.Direction.ONLY_TWO_WAY)
            .build();

    /*
     * Clients repeat the same few headers, and matching one costs microseconds: remember the answers.
     * Bounded, since a header is client input; past the bound a new header is simply matched each time.
     */
    private static final int REMEMBERED_HEADERS = 4096;
    private static final Map<String, Locale> NEGOTIATED = new ConcurrentHashMap<>();

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
        Locale known = NEGOTIATED.get(acceptLanguage);
        if (known != null) {
            return known;
        }
        Locale chosen = match(acceptLanguage);
        if (NEGOTIATED.size() < REMEMBERED_HEADERS) {
            NEGOTIATED.put(acceptLanguage, chosen);
        }
        return chosen;
    }

    private static Locale match(String acceptLanguage) {
        LocalePriorityList desired;
        try {
            desired = LocalePriorityList.add(acceptLanguage).build();
        } catch (RuntimeException malformedHeader) {
            // a header is client input: a bad q-value or tag must not fail the request (issue 6: "falls back, never fails")
            return DEFAULT;
        }
        int index = MATCHER.getBestMatchResult(desired).getSupportedIndex();
        return index < 0 ? DEFAULT : ALL.get(index);
    }

    /** Whether a BCP 47 tag names a supported locale exactly (used to validate a user's preference). */
    public static boolean isSupportedTag(String tag) {
        return tag != null && ALL.stream().anyMatch(locale -> locale.toLanguageTag().equals(tag));
    }
}
