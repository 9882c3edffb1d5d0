package io.meridian.api.serving;

import io.meridian.registry.artifacts.ArtifactStores;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Artifacts fetched from their region's store into the serving directory, named by checksum: a file
 * there is complete (written aside, then moved), so a second load of the same bytes reads it again.
 */
@Singleton
final class ArtifactFiles {

    private final ArtifactStores stores;
    private final Path directory;

    ArtifactFiles(ArtifactStores stores, ServingSettings settings) {
        this.stores = stores;
        this.directory = settings.modelDirectory();
    }

    Path fetch(String region, String sha256) throws IOException {
        Path target = directory.resolve(region).resolve(sha256);
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), sha256, ".part");
        try (InputStream content = stores.in(region).open(sha256)) {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }
}
