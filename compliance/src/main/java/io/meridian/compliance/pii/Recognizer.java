package io.meridian.compliance.pii;

import java.util.List;

/** Finds one kind of personal data in a text. Implementations are stateless and thread-safe. */
public interface Recognizer {

    EntityType type();

    /**
     * Adds every match within {@code text[from, to)} to {@code matches}; the characters around
     * the range may be read to check word boundaries.
     */
    void recognize(String text, int from, int to, List<PiiMatch> matches);

    /**
     * Whether this recognizer wants the whole text. The others only see the stretches that
     * contain a digit (identifiers, numbers and addresses all do), which is what makes a scan of
     * prose cheap.
     */
    default boolean wholeText() {
        return false;
    }
}
