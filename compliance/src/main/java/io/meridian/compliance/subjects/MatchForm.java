package io.meridian.compliance.subjects;

/** How a subject's identifier was found in stored data. */
public enum MatchForm {
    /** As written: the policy allowed the kind in clear. */
    CLEAR,
    /** As the tenant's keyed pseudonym: the policy pseudonymized the kind at upload. */
    PSEUDONYM
}
