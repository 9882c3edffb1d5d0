package io.meridian.console.session;

/** The platform's roles, as the API names them in a user's {@code roles}. */
public enum Role {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    COMPLIANCE_ADMIN,
    DATA_SCIENTIST,
    VIEWER;

    /** Every role: for what anyone signed in may see. */
    public static final Role[] ANYONE = values();
}
