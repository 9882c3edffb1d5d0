package io.meridian.api.security;

import java.util.List;

/**
 * What an API key may do. An authenticated key holds the role {@code SCOPE_<scope>} for each of
 * its scopes, so endpoints name the scopes they accept next to the user roles in {@code @Secured}.
 */
public final class Scopes {

    /** Read the tenant's resources (tenant, models, jobs, …). */
    public static final String READ = "read";
    /** Call deployed models. */
    public static final String INFERENCE = "inference";

    public static final List<String> ALL = List.of(READ, INFERENCE);

    public static final String SCOPE_READ = "SCOPE_read";
    public static final String SCOPE_INFERENCE = "SCOPE_inference";

    private Scopes() {
    }

    public static String role(String scope) {
        return "SCOPE_" + scope;
    }
}
