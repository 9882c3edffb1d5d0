package io.meridian.compliance.subjects;

import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.PiiMatch;
import io.meridian.compliance.pii.PiiScanner;
import io.meridian.compliance.pii.Pseudonymizer;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom a data-subject request is about: one identifier of a kind the recognizers know, checked
 * by the same recognizer that found it in the data (so a value the platform would never have
 * recognized, such as an IBAN with a wrong check digit, is refused instead of silently matching
 * nothing), and brought to its comparison form.
 *
 * @param type    the kind of personal data
 * @param key     the comparison form (email lower-case, phone E.164, IBAN without spaces…)
 * @param written the value as the requester wrote it, trimmed: pseudonyms are keyed on a written form
 */
public record SubjectIdentifier(EntityType type, String key, String written) {

    /** @param declared the type the requester names, or null to let the recognizers tell */
    public static SubjectIdentifier of(String value, EntityType declared) throws InvalidSubjectException {
        if (value == null || value.isBlank()) {
            throw new InvalidSubjectException(InvalidSubjectException.Problem.BLANK, declared);
        }
        String trimmed = value.strip();
        if (declared != null) {
            String prepared = prepared(declared, trimmed);
            if (!wholly(declared, prepared)) {
                throw new InvalidSubjectException(InvalidSubjectException.Problem.NOT_VALID_FOR_TYPE, declared);
            }
            return new SubjectIdentifier(declared, ComparisonKeys.of(declared, prepared), prepared);
        }
        for (String candidate : List.of(trimmed, trimmed.toUpperCase(Locale.ROOT))) {
            List<PiiMatch> matches = PiiScanner.all().scan(candidate);
            if (matches.size() == 1 && matches.getFirst().start() == 0 && matches.getFirst().end() == candidate.length()) {
                EntityType type = matches.getFirst().type();
                return new SubjectIdentifier(type, ComparisonKeys.of(type, candidate), candidate);
            }
        }
        throw new InvalidSubjectException(InvalidSubjectException.Problem.NOT_RECOGNIZED, null);
    }

    /**
     * The pseudonyms an upload treated under this tenant's key would have written for this
     * subject. The pseudonymizer keys on letters and digits only, so spacing and case never
     * matter; a phone number written with 00 instead of + is another token, and so is an IPv6
     * address written compressed or not.
     */
    public Set<String> pseudonyms(Pseudonymizer pseudonymizer) {
        Set<String> written = new LinkedHashSet<>(List.of(key, this.written));
        if (type == EntityType.PHONE) {
            written.add("00" + key.substring(1));
        }
        Set<String> tokens = new LinkedHashSet<>();
        written.forEach(form -> tokens.add(pseudonymizer.token(type, form)));
        return tokens;
    }

    /**
     * A keyed digest of the identifier under the tenant's key, for the request's record: equal for
     * two requests about the same person, useless to anyone without the key, and not a token
     * that occurs in any dataset.
     */
    public String fingerprint(Pseudonymizer pseudonymizer) {
        return pseudonymizer.digest("meridian data-subject request", type.name() + ":" + key);
    }

    /** Whether some text holds this identifier in clear, however written. */
    boolean foundIn(String text, PiiScanner scanner) {
        for (PiiMatch match : scanner.scan(text)) {
            if (match.type() == type && ComparisonKeys.of(type, match.text(text)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String prepared(EntityType type, String value) {
        return switch (type) {
            // their recognizers expect capitals, as the issuers print them
            case IBAN, UK_NINO, SG_NRIC, CN_RESIDENT_ID -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    private static boolean wholly(EntityType type, String value) {
        List<PiiMatch> matches = new PiiScanner(EnumSet.of(type)).scan(value);
        return matches.size() == 1 && matches.getFirst().start() == 0 && matches.getFirst().end() == value.length();
    }
}
