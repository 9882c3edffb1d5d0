package io.meridian.api.apikeys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

public final class ApiKeyRequests {

    private ApiKeyRequests() {
    }

    /** Without an expiry the key lives for the configured default lifetime (90 days). */
    @Serdeable
    public record Create(@NotBlank @Size(max = 100) String name,
                         @NotEmpty @Size(max = 10) List<String> scopes,
                         @Nullable Instant expiresAt) {
    }
}
