package io.meridian.compliance.policy;

/** What happens to a kind of personal data on its way through the platform. */
public enum Treatment {
    ALLOW,
    PSEUDONYMIZE,
    REDACT,
    /** The data may not be used at all: a request carrying it is refused. */
    BLOCK
}
