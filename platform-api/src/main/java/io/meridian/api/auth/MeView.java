package io.meridian.api.auth;

import io.meridian.api.apikeys.ApiKeyView;
import io.meridian.api.tenants.TenantView;
import io.meridian.api.users.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Who the credentials belong to: a user or an API key, and their tenant. */
@Serdeable
public record MeView(String kind, TenantView tenant, @Nullable UserView user, @Nullable ApiKeyView apiKey) {
}
