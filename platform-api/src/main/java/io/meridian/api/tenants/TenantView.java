package io.meridian.api.tenants;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record TenantView(UUID id, String slug, String name, String homeRegion, Instant createdAt, Instant updatedAt) {
}
