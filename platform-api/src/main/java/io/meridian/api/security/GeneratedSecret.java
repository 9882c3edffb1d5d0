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
 * A secret the platform needs between restarts: the configured one, or else one generated on the
 * first run into the data directory (readable by its owner only) and read back afterwards.
 */
public final class GeneratedSecret {

    static final int MINIMUM_LENGTH = 32;

    private GeneratedSecret() {
    }

    /** @param variable the configuration it comes from, for the error message ({@code MERIDIAN_JWT_SECRET}) */
    public static String resolve(Optional<String> configured, String variable, Path file) {
        if (configured.isPresent()) {
            if (configured.get().length() < MINIMUM_LENGTH) {
                throw new IllegalStateException(variable + " must be at least " + MINIMUM_LENGTH + " characters");
            }
            return configured.get();
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
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
