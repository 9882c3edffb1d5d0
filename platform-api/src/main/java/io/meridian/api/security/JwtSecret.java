package io.meridian.api.security;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The HS256 key that signs console tokens. Configured ({@code MERIDIAN_JWT_SECRET}, at least 32
 * characters) in production; otherwise generated once into the data directory, so tokens survive
 * a restart of a developer's platform.
 */
public final class JwtSecret {

    private JwtSecret() {
    }

    public static String resolve(Optional<String> configured, Path dataDirectory) {
        return GeneratedSecret.resolve(configured, "MERIDIAN_JWT_SECRET", dataDirectory.resolve("jwt-secret"));
    }
}
