package io.meridian.compliance.pii;

/** The check-digit algorithms of the identifiers the recognizers validate. */
final class Checksums {

    private Checksums() {
    }

    /** Luhn (ISO/IEC 7812), payment card numbers. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** ISO 7064 MOD 11-2, the 18th character of a Chinese resident identity number (GB 11643-1999). */
    static char iso7064Mod11x2(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** ISO 7064 MOD 11,10, the 11th digit of the German tax identification number. */
    static int iso7064Mod11x10(String first10) {
        int product = 10;
        for (int i = 0; i < first10.length(); i++) {
            int sum = (first10.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /** The check letter of a Singapore NRIC/FIN of the S, T, F and G series. */
    static char singaporeCheckLetter(char prefix, String sevenDigits) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * weights[i];
        }
        if (prefix == 'T' || prefix == 'G') {
            sum += 4;
        }
        int remainder = sum % 11;
        return (prefix == 'S' || prefix == 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK").charAt(remainder);
    }
}
