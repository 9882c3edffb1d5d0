package io.meridian.registry.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An upload copied into a temporary file while its SHA-256 is computed, so that a store knows the
 * artifact's address (and whether it is the one announced) before anything is visible under it.
 * Closing deletes the temporary file, whatever happened to it.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final byte[] sha256;
    private final long size;

    private SpooledUpload(Path file, byte[] sha256, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.size = size;
    }

    /**
     * @param durable flush the file to disk before returning (when it is renamed into place, not re-sent)
     * @throws ChecksumMismatchException when the bytes are not those announced (the file is gone then)
     */
    public static SpooledUpload of(InputStream content, Path directory, Optional<String> expectedSha256, boolean durable) throws IOException {
        Path file = Files.createTempFile(directory, "upload-", ".part");
        try {
            MessageDigest digest = Sha256.digest();
            long size;
            try (InputStream in = new DigestInputStream(content, digest);
                 FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                size = in.transferTo(out);
                if (durable) {
                    channel.force(true);
                }
            }
            SpooledUpload upload = new SpooledUpload(file, digest.digest(), size);
            if (expectedSha256.isPresent() && !expectedSha256.get().equals(upload.sha256Hex())) {
                throw new ChecksumMismatchException(expectedSha256.get(), upload.sha256Hex());
            }
            return upload;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public byte[] sha256() {
        return sha256.clone();
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
