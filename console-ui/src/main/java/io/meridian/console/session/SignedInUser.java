package io.meridian.console.session;

import io.meridian.console.api.AuthApi;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in to this browser session, with the bearer token the API issued them. Kept only in
 * the server-side Vaadin session: the token never reaches the browser.
 */
public record SignedInUser(String token, Instant expiresAt, String email, String displayName, String tenantSlug,
                           String tenantName, String tenantHomeRegion, Set<Role> roles) implements Serializable {

    public static SignedInUser of(AuthApi.LoginResponse login, Instant now) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        // a role this console does not know yet grants nothing here
        login.user().roles().forEach(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add));
        return new SignedInUser(login.accessToken(), AuthApi.expiry(login, now), login.user().email(), login.user().displayName(),
                login.tenant().slug(), login.tenant().name(), login.tenant().homeRegion(), Set.copyOf(roles));
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
