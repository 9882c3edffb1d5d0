package io.meridian.compliance.pii;

/** What to put in place of a piece of personal data. */
public enum Operator {
    /** Replaced by [REDACTED]. */
    REDACT,
    /** Every letter and digit but the last four replaced by '*', separators kept: **** **** **** 1111. */
    MASK,
    /** Replaced by its type: <EMAIL>. */
    REPLACE,
    /** Replaced by a stable keyed token: <EMAIL:5k2x…>, the same value giving the same token within a tenant. */
    PSEUDONYMIZE
}
