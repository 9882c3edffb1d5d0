package io.meridian.api.serving;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language a text's writing system gives away. Not a language detector (ICU4J has none): only
 * scripts that point to one language decide: kana → Japanese, Hangul → Korean, Arabic → Arabic, Han
 * without kana → Chinese (or Japanese when the request is in Japanese: kanji-only Japanese exists).
 * Latin and Cyrillic texts, and texts where those scripts are not most of the letters, give no answer;
 * the request's locale decides then.
 */
final class ScriptLanguage {

    private ScriptLanguage() {
    }

    static Optional<Locale> of(Iterable<String> texts, Locale requestLocale) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        for (String text : texts) {
            text.codePoints().filter(Character::isLetter)
                    .forEach(point -> letters.merge(Character.UnicodeScript.of(point), 1, Integer::sum));
        }
        int kana = letters.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = letters.getOrDefault(Character.UnicodeScript.HAN, 0);
        int all = letters.values().stream().mapToInt(Integer::intValue).sum();
        if (kana > 0 && 2 * (kana + han) > all) {
            return Optional.of(Locale.JAPANESE);
        }
        if (2 * han > all) {
            return Optional.of(requestLocale.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.CHINESE);
        }
        if (2 * letters.getOrDefault(Character.UnicodeScript.HANGUL, 0) > all) {
            return Optional.of(Locale.KOREAN);
        }
        if (2 * letters.getOrDefault(Character.UnicodeScript.ARABIC, 0) > all) {
            return Optional.of(Locale.of("ar"));
        }
        return Optional.empty();
    }
}
