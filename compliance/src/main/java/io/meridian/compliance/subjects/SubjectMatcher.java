package io.meridian.compliance.subjects;

import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.PiiScanner;
import io.meridian.compliance.pii.Pseudonymizer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a value holds one subject's identifier, in clear (found by the type's recognizer
 * and equal in comparison form) or as the tenant's pseudonym of it. A cell that cannot contain
 * the identifier's letters and digits is passed over without running the recognizer, which keeps
 * the scan of a large dataset cheap. Redacted values hold nothing to match.
 */
public final class SubjectMatcher {

    private final SubjectIdentifier subject;
    private final PiiScanner scanner;
    private final Set<String> pseudonyms;
    /** Letters and digits every clear occurrence contains; empty where spellings differ in them (IPv6). */
    private final String needle;

    public SubjectMatcher(SubjectIdentifier subject, Pseudonymizer pseudonymizer) {
        this.subject = subject;
        this.scanner = new PiiScanner(EnumSet.of(subject.type()));
        this.pseudonyms = subject.pseudonyms(pseudonymizer);
        this.needle = subject.type() == EntityType.IP_ADDRESS ? "" : ComparisonKeys.lettersAndDigits(subject.key());
    }

    public SubjectIdentifier subject() {
        return subject;
    }

    public Optional<MatchForm> match(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        for (String pseudonym : pseudonyms) {
            if (value.contains(pseudonym)) {
                return Optional.of(MatchForm.PSEUDONYM);
            }
        }
        if (ComparisonKeys.lettersAndDigits(value).contains(needle) && subject.foundIn(value, scanner)) {
            return Optional.of(MatchForm.CLEAR);
        }
        return Optional.empty();
    }

    /** The fields of a record that hold the identifier; empty when the record is not the subject's. */
    public List<CellMatch> match(List<String> fields) {
        List<CellMatch> matches = new ArrayList<>(0);
        for (int i = 0; i < fields.size(); i++) {
            int column = i;
            match(fields.get(i)).ifPresent(form -> matches.add(new CellMatch(column, form)));
        }
        return matches;
    }
}
