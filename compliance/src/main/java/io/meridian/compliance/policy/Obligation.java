package io.meridian.compliance.policy;

import io.meridian.compliance.pii.EntityType;

import java.util.Set;

/** What the caller must do when it goes ahead with an allowed action. */
public sealed interface Obligation {

    /** Replace these kinds of personal data by their redaction. */
    record Redact(Set<EntityType> entities) implements Obligation {
    }

    /** Replace these kinds of personal data by keyed pseudonyms. */
    record Pseudonymize(Set<EntityType> entities) implements Obligation {
    }

    /** Keep the record, but without the inputs. */
    record OmitInputs() implements Obligation {
    }

    /** Delete what is written after this many days. */
    record RetainDays(int days) implements Obligation {
    }
}
