package io.meridian.compliance.subjects;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.meridian.compliance.pii.EntityType;

import java.net.Inet6Address;
import java.util.Locale;

/**
 * One form per identifier, however it was written: what two spellings of the same person's
 * identifier are compared by. Email addresses lower-case, phone numbers E.164, IPv6 addresses
 * uncompressed, every other identifier its letters and digits in upper case (IBAN without spaces).
 */
final class ComparisonKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ComparisonKeys() {
    }

    static String of(EntityType type, String written) {
        String value = written.trim();
        return switch (type) {
            case EMAIL -> value.toLowerCase(Locale.ROOT);
            case PHONE -> e164(value);
            case IP_ADDRESS -> value.indexOf(':') >= 0 ? ipv6(value) : value;
            default -> lettersAndDigits(value).toUpperCase(Locale.ROOT);
        };
    }

    /** The letters and digits of a text, lower-case: what a cell must contain for a clear match to be possible. */
    static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                kept.append(Character.toLowerCase(c));
            }
        }
        return kept.toString();
    }

    private static String e164(String value) {
        String international = value.startsWith("00") ? "+" + value.substring(2) : value;
        try {
            return PHONES.format(PHONES.parse(international, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException notParsable) {
            return "+" + lettersAndDigits(value);
        }
    }

    private static String ipv6(String value) {
        try {
            return Inet6Address.ofLiteral(value).getHostAddress().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAnAddress) {
            return value.toLowerCase(Locale.ROOT);
        }
    }
}
