package io.meridian.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The HS256 key that signs console tokens. Configured ({@code MERIDIAN_JWT_SECRET}, at least 32
 * characters) in production; otherwise generated once into the data directory, so tokens survive
 * a restart of a developer's platform.
 */
public final class JwtSecret {

    static final int MINIMUM_LENGTH = 32;

    private JwtSecret() {
    }

    public static String resolve(Optional<String> configured, Path dataDirectory) {
        if (configured.isPresent()) {
            if (configured.get().length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("MERIDIAN_JWT_SECRET must be at least " + MINIMUM_LENGTH + " characters");
            }
            return configured.get();
        }
        Path file = dataDirectory.resolve("jwt-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDirectory);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
