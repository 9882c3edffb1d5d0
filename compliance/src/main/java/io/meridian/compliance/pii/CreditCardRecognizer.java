package io.meridian.compliance.pii;

import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, optionally grouped by spaces or hyphens, with the issuer
 * prefix and length of a real scheme and a valid Luhn check digit.
 */
final class CreditCardRecognizer extends PatternRecognizer {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{Alnum}])\\d(?:[ -]?\\d){12,18}(?![\\p{Alnum}])");

    CreditCardRecognizer() {
        super(EntityType.CREDIT_CARD, CANDIDATE, null);
    }

    @Override
    double confidence(String candidate) {
        String digits = digitsOf(candidate);
        return knownScheme(digits) && Checksums.luhn(digits) ? 0.95 : 0;
    }

    private static boolean knownScheme(String digits) {
        int length = digits.length();
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.charAt(0) == '4') {
            return length == 13 || length == 16 || length == 19;                       // Visa
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return length == 16;                                                         // Mastercard
        }
        if (two == 34 || two == 37) {
            return length == 15;                                                         // American Express
        }
        if (four == 6011 || two == 65 || (four >= 6440 && four <= 6499)) {
            return length >= 16;                                                         // Discover
        }
        if (four >= 3528 && four <= 3589) {
            return length >= 16;                                                         // JCB
        }
        if (two == 62) {
            return length >= 16;                                                         // UnionPay
        }
        if (two == 36 || two == 38 || (four >= 3000 && four <= 3059)) {
            return length == 14;                                                         // Diners Club
        }
        return false;
    }
}
