package io.meridian.api.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a console user (JWT) or an API client (API key), and in which tenant.
 * Built from the authentication attributes both kinds of credential carry.
 */
public record Caller(Kind kind, UUID id, UUID tenantId, Set<String> roles) {

    public enum Kind { USER, API_KEY }

    static final String TENANT = "tenant";
    static final String KIND = "kind";

    public static Caller of(Authentication authentication) {
        Object tenant = authentication.getAttributes().get(TENANT);
        Object kind = authentication.getAttributes().get(KIND);
        if (tenant == null || kind == null) {
            throw new IllegalStateException("authentication without tenant: " + authentication.getName());
        }
        return new Caller(Kind.valueOf(kind.toString()), UUID.fromString(authentication.getName()),
                UUID.fromString(tenant.toString()), Set.copyOf(authentication.getRoles()));
    }

    public static boolean isApiKey(Authentication authentication) {
        return authentication != null && Kind.API_KEY.name().equals(String.valueOf(authentication.getAttributes().get(KIND)));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isAny(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isPlatformAdmin() {
        return kind == Kind.USER && is(Roles.PLATFORM_ADMIN);
    }

    /** The attributes a token or key authentication carries, so that {@link #of} can read them back. */
    public static Map<String, Object> attributes(Kind kind, UUID tenantId) {
        return Map.of(KIND, kind.name(), TENANT, tenantId.toString());
    }
}
