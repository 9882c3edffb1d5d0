package io.meridian.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user logs in to one tenant: the same email may exist in several. */
@Serdeable
public record LoginRequest(@NotBlank @Size(max = 63) String tenant,
                           @NotBlank @Size(max = 254) String email,
                           @NotBlank @Size(max = 128) String password) {
}
