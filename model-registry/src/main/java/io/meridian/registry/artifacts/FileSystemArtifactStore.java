package io.meridian.registry.artifacts;

import io.meridian.registry.RegistryNames;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The default store: a directory per region, artifacts at {@code sha256/ab/cd/<hash>}. A write
 * goes to a temporary file in the same file system, is checksummed and flushed to disk while it
 * streams, and only then renamed into place, so a crash leaves at most a stray temporary file,
 * never a half artifact under a real address.
 */
public final class FileSystemArtifactStore implements ArtifactStore {

    private final Path root;
    private final Path incoming;

    public FileSystemArtifactStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        this.incoming = Files.createDirectories(this.root.resolve("incoming"));
        Files.createDirectories(this.root.resolve("sha256"));
    }

    @Override
    public StoredArtifact put(InputStream content, Optional<String> expectedSha256) throws IOException {
        try (SpooledUpload upload = SpooledUpload.of(content, incoming, expectedSha256, true)) {
            Path target = path(upload.sha256Hex());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                // same bytes under the same name: a concurrent writer of this artifact wins harmlessly
                Files.move(upload.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                syncDirectory(target.getParent());
            }
            return new StoredArtifact(upload.sha256Hex(), upload.size(), target.toUri().toString());
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    @Override
    public ArtifactStore below(String path) throws IOException {
        return new FileSystemArtifactStore(root.resolve(path));
    }

    @Override
    public String location() {
        return root.toUri().toString();
    }

    private Path path(String sha256) {
        if (!RegistryNames.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Makes the rename itself durable, not only the file's bytes. */
    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
