package io.meridian.compliance.subjects;

import io.meridian.compliance.pii.EntityType;

/** A subject identifier that cannot name anyone: blank, of no recognizable kind, or not valid for its declared kind. */
public final class InvalidSubjectException extends Exception {

    public enum Problem {
        BLANK,
        /** No type was declared and no recognizer takes the whole value for its kind. */
        NOT_RECOGNIZED,
        /** The declared type's recognizer rejects the value (a wrong IBAN check, a number no plan issues). */
        NOT_VALID_FOR_TYPE
    }

    private final Problem problem;
    private final EntityType type;

    InvalidSubjectException(Problem problem, EntityType type) {
        super(problem + (type == null ? "" : " " + type), null, false, false);
        this.problem = problem;
        this.type = type;
    }

    public Problem problem() {
        return problem;
    }

    /** The declared type, null when none was. */
    public EntityType type() {
        return type;
    }
}
