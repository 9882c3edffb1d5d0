package io.meridian.api.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies the user endpoints accept. Passwords: 12 to 128 characters, nothing else imposed (NIST 800-63B). */
public final class UserRequests {

    private UserRequests() {
    }

    @Serdeable
    public record Create(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(min = 12, max = 128) String password,
            @NotEmpty @Size(max = 5) List<String> roles,
            @Nullable @Size(max = 35) String preferredLocale) {
    }

    /** The first tenant admin, created with its tenant. */
    @Serdeable
    public record InitialAdmin(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(min = 12, max = 128) String password,
            @Nullable @Size(max = 35) String preferredLocale) {
    }

    /** Only the fields present change. */
    @Serdeable
    public record Update(
            @Nullable @Size(max = 200) String displayName,
            @Nullable @Size(max = 5) List<String> roles,
            @Nullable @Size(max = 35) String preferredLocale,
            @Nullable @Size(min = 12, max = 128) String password) {
    }

    /** What users may change about themselves; a new password needs the current one. */
    @Serdeable
    public record UpdateMe(
            @Nullable @Size(max = 200) String displayName,
            @Nullable @Size(max = 35) String preferredLocale,
            @Nullable @Size(max = 128) String currentPassword,
            @Nullable @Size(min = 12, max = 128) String newPassword) {
    }
}
