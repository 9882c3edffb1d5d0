package io.meridian.api.policies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public final class PolicyRequests {

    private PolicyRequests() {
    }

    /** A new version of a region's policy, with why it changed (kept in the history and the audit log). */
    @Serdeable
    public record Change(@NotNull @Valid PolicyDocument rules, @NotBlank @Size(max = 500) String reason) {
    }

    /** "What if": a decision against the current policy, or against proposed rules. */
    @Serdeable
    public record DryRun(@NotBlank @Size(max = 20) String action,
                         @NotBlank @Size(max = 30) String dataClass,
                         @NotBlank @Size(max = 32) String sourceRegion,
                         @NotBlank @Size(max = 32) String targetRegion,
                         @Nullable @Size(max = 20) List<String> piiFound,
                         @Nullable @Valid PolicyDocument rules) {
    }
}
