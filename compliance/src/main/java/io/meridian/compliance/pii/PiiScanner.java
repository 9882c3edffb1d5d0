package io.meridian.compliance.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the recognizers over a text and returns non-overlapping matches in text order. Where two
 * recognizers claim the same characters (a card number inside an IBAN, a tax number inside a phone
 * number), the more confident and then the longer match wins.
 */
public final class PiiScanner {

    private static final Comparator<PiiMatch> STRONGEST_FIRST = Comparator
            .comparingDouble(PiiMatch::confidence).reversed()
            .thenComparing(Comparator.comparingInt(PiiMatch::length).reversed())
            .thenComparingInt(PiiMatch::start);

    private final List<Recognizer> recognizers;

    public PiiScanner(Set<EntityType> enabled) {
        List<Recognizer> all = new ArrayList<>(List.of(new EmailRecognizer(), new PhoneRecognizer(),
                new CreditCardRecognizer(), new IbanRecognizer(), new IpAddressRecognizer()));
        all.addAll(NationalIdRecognizers.all());
        this.recognizers = all.stream().filter(recognizer -> enabled.contains(recognizer.type())).toList();
    }

    /** All recognizers on. */
    public static PiiScanner all() {
        return new PiiScanner(EnumSet.allOf(EntityType.class));
    }

    public List<PiiMatch> scan(String text) {
        List<PiiMatch> candidates = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            recognizer.recognize(text, candidates);
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
