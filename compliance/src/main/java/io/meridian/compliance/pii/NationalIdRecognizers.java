package io.meridian.compliance.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The national identifiers: each a pattern and the issuing authority's validity rules. */
final class NationalIdRecognizers {

    private NationalIdRecognizers() {
    }

    static List<Recognizer> all() {
        return List.of(new UsSsn(), new UkNino(), new ChinaResidentId(), new SingaporeNric(), new GermanTaxId());
    }

    /** US Social Security number, written AAA-GG-SSSS; area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
    static final class UsSsn extends PatternRecognizer {
        UsSsn() {
            super(EntityType.US_SSN, Pattern.compile("(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])"), '-');
        }

        @Override
        double confidence(String candidate) {
            int area = Integer.parseInt(candidate.substring(0, 3));
            int group = Integer.parseInt(candidate.substring(4, 6));
            int serial = Integer.parseInt(candidate.substring(7));
            boolean issuable = area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
            return issuable ? 0.85 : 0;
        }
    }

    /** UK National Insurance number: two prefix letters from HMRC's allowed set, six digits, suffix A-D. */
    static final class UkNino extends PatternRecognizer {
        private static final List<String> NEVER_ISSUED = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

        UkNino() {
            super(EntityType.UK_NINO, Pattern.compile("(?<![\\p{Alnum}])[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![\\p{Alnum}])"), null);
        }

        @Override
        double confidence(String candidate) {
            char first = candidate.charAt(0);
            char second = candidate.charAt(1);
            boolean allowed = "DFIQUV".indexOf(first) < 0 && "DFIOQUV".indexOf(second) < 0
                    && !NEVER_ISSUED.contains(candidate.substring(0, 2));
            return allowed ? 0.85 : 0;
        }
    }

    /** Chinese resident identity number (GB 11643-1999): region, birth date, sequence, ISO 7064 check character. */
    static final class ChinaResidentId extends PatternRecognizer {
        ChinaResidentId() {
            super(EntityType.CN_RESIDENT_ID, Pattern.compile("(?<![\\p{Alnum}])[1-9]\\d{16}[\\dXx](?![\\p{Alnum}])"), null);
        }

        @Override
        double confidence(String candidate) {
            String id = candidate.toUpperCase();
            if (id.charAt(0) == '9' || Checksums.iso7064Mod11x2(id.substring(0, 17)) != id.charAt(17)) {
                return 0;
            }
            try {
                LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                        Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
                return born.getYear() >= 1880 && !born.isAfter(LocalDate.now()) ? 0.97 : 0;
            } catch (DateTimeException notADate) {
                return 0;
            }
        }
    }

    /** Singapore NRIC/FIN of the S, T, F and G series, with its check letter. */
    static final class SingaporeNric extends PatternRecognizer {
        SingaporeNric() {
            super(EntityType.SG_NRIC, Pattern.compile("(?<![\\p{Alnum}])[STFGstfg]\\d{7}[A-Za-z](?![\\p{Alnum}])"), null);
        }

        @Override
        double confidence(String candidate) {
            String id = candidate.toUpperCase();
            return Checksums.singaporeCheckLetter(id.charAt(0), id.substring(1, 8)) == id.charAt(8) ? 0.95 : 0;
        }
    }

    /**
     * German tax identification number (Steuer-IdNr): 11 digits, no leading zero, among the first
     * ten exactly one digit repeated (twice, or three times but not three in a row), ISO 7064 check.
     */
    static final class GermanTaxId extends PatternRecognizer {
        GermanTaxId() {
            super(EntityType.DE_TAX_ID, Pattern.compile("(?<![\\p{Alnum}])[1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3}(?![\\p{Alnum}])"), null);
        }

        @Override
        double confidence(String candidate) {
            String digits = digitsOf(candidate);
            String first10 = digits.substring(0, 10);
            return repetitionRuleHolds(first10) && Checksums.iso7064Mod11x10(first10) == digits.charAt(10) - '0' ? 0.9 : 0;
        }

        private static boolean repetitionRuleHolds(String first10) {
            int[] counts = new int[10];
            first10.chars().forEach(c -> counts[c - '0']++);
            int repeated = 0;
            int repeatedDigit = -1;
            for (int digit = 0; digit < 10; digit++) {
                if (counts[digit] > 3) {
                    return false;
                }
                if (counts[digit] > 1) {
                    repeated++;
                    repeatedDigit = digit;
                }
            }
            if (repeated != 1) {
                return false;
            }
            String triple = String.valueOf((char) ('0' + repeatedDigit)).repeat(3);
            return counts[repeatedDigit] == 2 || !first10.contains(triple);
        }
    }
}
