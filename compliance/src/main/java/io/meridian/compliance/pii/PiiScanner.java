package io.meridian.compliance.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the recognizers over a text and returns non-overlapping matches in text order. Only the
 * stretches of characters an identifier can consist of, and that hold a digit, are handed to the
 * pattern recognizers: prose, and above all non-Latin prose, is passed over in one cheap sweep.
 * Where two
 * recognizers claim the same characters (a card number inside an IBAN, a tax number inside a phone
 * number), the more confident and then the longer match wins.
 */
public final class PiiScanner {

    private static final Comparator<PiiMatch> STRONGEST_FIRST = Comparator
            .comparingDouble(PiiMatch::confidence).reversed()
            .thenComparing(Comparator.comparingInt(PiiMatch::length).reversed())
            .thenComparingInt(PiiMatch::start);

    private static final int LONG_WORD = 5;

    private final List<Recognizer> wholeText;
    private final List<Recognizer> withDigits;

    public PiiScanner(Set<EntityType> enabled) {
        List<Recognizer> all = new ArrayList<>(List.of(new EmailRecognizer(), new PhoneRecognizer(),
                new CreditCardRecognizer(), new IbanRecognizer(), new IpAddressRecognizer()));
        all.addAll(NationalIdRecognizers.all());
        List<Recognizer> chosen = all.stream().filter(recognizer -> enabled.contains(recognizer.type())).toList();
        this.wholeText = chosen.stream().filter(Recognizer::wholeText).toList();
        this.withDigits = chosen.stream().filter(recognizer -> !recognizer.wholeText()).toList();
    }

    /** All recognizers on. */
    public static PiiScanner all() {
        return new PiiScanner(EnumSet.allOf(EntityType.class));
    }

    /**
     * Cuts the text into stretches of candidate characters, also cutting at words of five or more
     * letters (no identifier has such a run, except an ungrouped IBAN with a long alphabetic bank
     * code), and hands the stretches that hold a digit to the pattern recognizers.
     */
    private void scanStretchesWithDigits(String text, List<PiiMatch> candidates) {
        int stretchStart = -1;
        boolean digit = false;
        int letterRun = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CandidateCharacters.contains(c)) {
                recognizeIn(text, stretchStart, i, digit, candidates);
                stretchStart = -1;
                digit = false;
                letterRun = 0;
                continue;
            }
            letterRun = CandidateCharacters.isLetter(c) ? letterRun + 1 : 0;
            if (letterRun >= LONG_WORD) {
                if (letterRun == LONG_WORD) {
                    recognizeIn(text, stretchStart, i - LONG_WORD + 1, digit, candidates);
                    stretchStart = -1;
                    digit = false;
                }
                continue;
            }
            if (stretchStart < 0) {
                stretchStart = i;
            }
            digit |= CandidateCharacters.isDigit(c);
        }
        recognizeIn(text, stretchStart, text.length(), digit, candidates);
    }

    private void recognizeIn(String text, int start, int end, boolean digit, List<PiiMatch> candidates) {
        if (digit && start >= 0 && end > start) {
            for (Recognizer recognizer : withDigits) {
                recognizer.recognize(text, start, end, candidates);
            }
        }
    }

    public List<PiiMatch> scan(String text) {
        List<PiiMatch> candidates = new ArrayList<>();
        for (Recognizer recognizer : wholeText) {
            recognizer.recognize(text, 0, text.length(), candidates);
        }
        if (!withDigits.isEmpty()) {
            scanStretchesWithDigits(text, candidates);
        }
        if (candidates.size() < 2) {
            return candidates;
        }
        candidates.sort(STRONGEST_FIRST);
        TreeMap<Integer, PiiMatch> kept = new TreeMap<>();
        for (PiiMatch candidate : candidates) {
            Map.Entry<Integer, PiiMatch> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, PiiMatch> after = kept.ceilingEntry(candidate.start());
            boolean free = (before == null || !before.getValue().overlaps(candidate))
                    && (after == null || !after.getValue().overlaps(candidate));
            if (free) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }
}
