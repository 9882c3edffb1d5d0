package io.meridian.compliance.pii;

import java.util.List;

/**
 * Email addresses (RFC 5321 dot-atoms, ASCII). Scans from each '@' outwards instead of running a
 * pattern at every position, which keeps the cost of text without addresses near zero.
 */
final class EmailRecognizer implements Recognizer {

    @Override
    public EntityType type() {
        return EntityType.EMAIL;
    }

    @Override
    public boolean wholeText() {
        return true;
    }

    @Override
    public void recognize(String text, int from, int to, List<PiiMatch> matches) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (valid(text, start, at, end)) {
                matches.add(new PiiMatch(EntityType.EMAIL, start, end, 0.95));
                at = text.indexOf('@', end);
            } else {
                at = text.indexOf('@', at + 1);
            }
        }
    }

    private static boolean valid(String text, int start, int at, int end) {
        int localLength = at - start;
        if (localLength < 1 || localLength > 64 || end - start > 254 || text.charAt(at - 1) == '.') {
            return false;
        }
        String domain = text.substring(at + 1, end);
        int lastDot = domain.lastIndexOf('.');
        if (lastDot <= 0 || domain.contains("..") || domain.startsWith("-")) {
            return false;
        }
        String topLevel = domain.substring(lastDot + 1);
        return topLevel.length() >= 2 && topLevel.chars().allMatch(Character::isLetter);
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0);
    }

    private static boolean isDomain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }
}
