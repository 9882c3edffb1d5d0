package io.meridian.compliance.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.regex.Pattern;

/**
 * Phone numbers in international form (+49 30 …, 0049 30 …), validated by libphonenumber against
 * the numbering plan of the country code, so that an order number with a plus sign is not one.
 * National forms (030 …) need a known country to be told from other numbers and are left to
 * callers that know the data's country.
 */
final class PhoneRecognizer extends PatternRecognizer {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\p{Alnum}+])(?:\\+|00)[1-9](?:[ \\-./]?\\(?\\d\\)?){6,16}(?![\\p{Alnum}])");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    PhoneRecognizer() {
        super(EntityType.PHONE, CANDIDATE, null);
    }

    @Override
    double confidence(String candidate) {
        String international = candidate.startsWith("00") ? "+" + candidate.substring(2) : candidate;
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(international, "ZZ");
            return PHONES.isValidNumber(number) ? 0.9 : 0;
        } catch (NumberParseException notANumber) {
            return 0;
        }
    }
}
