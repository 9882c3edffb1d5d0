package io.meridian.training.trainers;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bag-of-words features of a text in any language: ICU's word break iterator segments Chinese
 * and Japanese (which have no spaces) with its dictionaries, and Latin, Cyrillic, … at spaces and
 * punctuation. Text is NFKC-case-folded first (full-width letters, ß/SS, capitals), punctuation
 * and spaces are dropped. Feature {@code w=<word>} counts a word, {@code b=<word> <word>} a bigram.
 * Serving must call the same method to build its input.
 */
public final class IcuWordFeatures {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private IcuWordFeatures() {
    }

    /** The words of {@code text}, normalized, in order. */
    public static List<String> words(String text) {
        String folded = FOLD.normalize(text);
        // one iterator per call: BreakIterator is not thread-safe, and trainers are shared
        BreakIterator iterator = BreakIterator.getWordInstance(ULocale.ROOT);
        iterator.setText(folded);
        List<String> words = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            // rule status below WORD_NONE_LIMIT: spaces and punctuation
            if (iterator.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                words.add(folded.substring(start, end));
            }
        }
        return words;
    }

    /** Word counts (and bigram counts when asked), sorted by feature name. */
    public static Map<String, Double> of(String text, boolean bigrams) {
        List<String> words = words(text);
        Map<String, Double> features = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            features.merge("w=" + words.get(i), 1.0, Double::sum);
            if (bigrams && i > 0) {
                features.merge("b=" + words.get(i - 1) + " " + words.get(i), 1.0, Double::sum);
            }
        }
        return features;
    }
}
