package io.meridian.api.auth;

import io.meridian.api.tenants.TenantView;
import io.meridian.api.users.UserView;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record LoginResponse(String accessToken, String tokenType, long expiresIn, TenantView tenant, UserView user) {
}
