package io.meridian.compliance.policy;

/** How sensitive a piece of data is; personal classes are what residency and transfer rules protect. */
public enum DataClass {
    PUBLIC,
    INTERNAL,
    PERSONAL,
    SENSITIVE_PERSONAL;

    public boolean personal() {
        return this == PERSONAL || this == SENSITIVE_PERSONAL;
    }
}
