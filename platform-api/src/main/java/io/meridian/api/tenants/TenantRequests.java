package io.meridian.api.tenants;

import io.meridian.api.users.UserRequests;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the tenant endpoints accept. */
public final class TenantRequests {

    static final String SLUG = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])$";

    private TenantRequests() {
    }

    /** A new tenant and its first tenant admin, created together or not at all. */
    @Serdeable
    public record Create(
            @NotBlank @Size(max = 63) @Pattern(regexp = SLUG, message = "field.invalid-slug") String slug,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 32) String homeRegion,
            @NotNull @Valid UserRequests.InitialAdmin admin) {
    }

    /** The home region is not editable: moving a tenant's data between cells is an operation of its own. */
    @Serdeable
    public record Update(@NotBlank @Size(max = 200) String name) {
    }
}
