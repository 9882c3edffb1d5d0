package io.meridian.api.users;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record UserView(UUID id, String email, String displayName, String preferredLocale, List<String> roles,
                       Instant createdAt, Instant updatedAt) {
}
