package io.meridian.compliance.pii;

import java.util.List;

/** Finds one kind of personal data in a text. Implementations are stateless and thread-safe. */
public interface Recognizer {

    EntityType type();

    /** Adds every match in {@code text} to {@code matches}. */
    void recognize(String text, List<PiiMatch> matches);
}
