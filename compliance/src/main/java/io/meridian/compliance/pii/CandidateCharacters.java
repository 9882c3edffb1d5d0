package io.meridian.compliance.pii;

/**
 * The characters a number-like identifier can be written with: ASCII letters and digits and the
 * separators of phone numbers, card groups, dotted and colon-separated addresses.
 */
final class CandidateCharacters {

    private static final boolean[] TABLE = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TABLE[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TABLE[c] = true;
            TABLE[Character.toUpperCase(c)] = true;
        }
        for (char c : " +-./:()".toCharArray()) {
            TABLE[c] = true;
        }
    }

    private CandidateCharacters() {
    }

    static boolean contains(char c) {
        return c < 128 && TABLE[c];
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
