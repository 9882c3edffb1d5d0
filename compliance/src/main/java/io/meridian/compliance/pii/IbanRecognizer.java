package io.meridian.compliance.pii;

import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International bank account numbers, printed in groups or not, validated with iban4j (the
 * country's BBAN structure and the ISO 13616 mod-97 check). A candidate that runs on into the next
 * word is cut at the length the country's IBAN has.
 */
final class IbanRecognizer implements Recognizer {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\p{Alnum}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}");

    @Override
    public EntityType type() {
        return EntityType.IBAN;
    }

    /** IBANs may hold long runs of letters, so they get the whole text, with a cheap look for "CCdd" first. */
    @Override
    public boolean wholeText() {
        return true;
    }

    @Override
    public void recognize(String text, int from, int to, List<PiiMatch> matches) {
        Matcher matcher = CANDIDATE.matcher(text);
        int position = from;
        while (position <= to - 15) {
            if (startsIban(text, position)) {
                PatternRecognizer.region(matcher, position, Math.min(to, position + 50));
                if (matcher.lookingAt()) {
                    int end = endOfIban(text, position, matcher.end());
                    if (end > 0) {
                        matches.add(new PiiMatch(EntityType.IBAN, position, end, 0.98));
                        position = end;
                        continue;
                    }
                }
            }
            position++;
        }
    }

    private static boolean startsIban(String text, int i) {
        return isUpper(text.charAt(i)) && isUpper(text.charAt(i + 1))
                && CandidateCharacters.isDigit(text.charAt(i + 2)) && CandidateCharacters.isDigit(text.charAt(i + 3))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) > 127);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The end of the valid IBAN starting at {@code start}, or -1. */
    private static int endOfIban(String text, int start, int candidateEnd) {
        CountryCode country = CountryCode.getByCode(text.substring(start, start + 2));
        if (country == null || !IbanUtil.isSupportedCountry(country)) {
            return -1;
        }
        int wanted = IbanUtil.getIbanLength(country);
        StringBuilder iban = new StringBuilder(wanted);
        int end = start;
        while (end < candidateEnd && iban.length() < wanted) {
            char c = text.charAt(end++);
            if (c != ' ') {
                iban.append(c);
            }
        }
        boolean followedByMore = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
        if (iban.length() != wanted || followedByMore) {
            return -1;
        }
        return IbanUtil.isValid(iban.toString()) ? end : -1;
    }
}
