package io.meridian.compliance.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recognizer in two steps: a pattern proposes candidates, a validator (checksums, ranges,
 * reserved values) keeps the real ones, so look-alikes of the right shape are rejected.
 */
abstract class PatternRecognizer implements Recognizer {

    private final EntityType type;
    private final Pattern pattern;
    /** A character every candidate contains: texts without it are skipped without running the pattern. */
    private final Character required;

    PatternRecognizer(EntityType type, Pattern pattern, Character required) {
        this.type = type;
        this.pattern = pattern;
        this.required = required;
    }

    @Override
    public EntityType type() {
        return type;
    }

    @Override
    public void recognize(String text, int from, int to, List<PiiMatch> matches) {
        if (required != null && !contains(text, from, to, required)) {
            return;
        }
        Matcher matcher = region(pattern.matcher(text), from, to);
        while (matcher.find()) {
            double confidence = confidence(matcher.group());
            if (confidence > 0) {
                matches.add(new PiiMatch(type, matcher.start(), matcher.end(), confidence));
            }
        }
    }

    /** A matcher over {@code [from, to)} whose look-arounds still see the text around it. */
    static Matcher region(Matcher matcher, int from, int to) {
        return matcher.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    static boolean contains(String text, int from, int to, char wanted) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == wanted) {
                return true;
            }
        }
        return false;
    }

    /** 0 rejects the candidate; otherwise how sure this is personal data of the type. */
    abstract double confidence(String candidate);

    static String digitsOf(String candidate) {
        StringBuilder digits = new StringBuilder(candidate.length());
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
