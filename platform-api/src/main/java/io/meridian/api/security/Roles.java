package io.meridian.api.security;

import java.util.List;

/** The roles a user can hold. Constants, so they can stand in {@code @Secured}. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String COMPLIANCE_ADMIN = "COMPLIANCE_ADMIN";
    public static final String DATA_SCIENTIST = "DATA_SCIENTIST";
    public static final String VIEWER = "VIEWER";

    public static final List<String> ALL = List.of(PLATFORM_ADMIN, TENANT_ADMIN, COMPLIANCE_ADMIN, DATA_SCIENTIST, VIEWER);

    private Roles() {
    }
}
