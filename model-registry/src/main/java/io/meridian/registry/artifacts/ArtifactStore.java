package io.meridian.registry.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A region's content-addressed blob store. An artifact is stored under its SHA-256, so a retried
 * upload or two versions with the same bytes share one copy, and stored bytes never change.
 */
public interface ArtifactStore {

    /**
     * Stores the stream's bytes atomically: either the whole artifact becomes visible under its
     * checksum, or nothing does.
     *
     * @param expectedSha256 the checksum the client announced, or empty; on a mismatch nothing is
     *                       stored and {@link ChecksumMismatchException} is thrown
     */
    StoredArtifact put(InputStream content, Optional<String> expectedSha256) throws IOException;

    /** The artifact's bytes; {@link java.nio.file.NoSuchFileException} when the store lacks it. */
    InputStream open(String sha256) throws IOException;

    boolean contains(String sha256) throws IOException;

    /** Removes an artifact; removing one that is not there is no error. */
    void delete(String sha256) throws IOException;

    /**
     * The same store, below a sub-path: a tenant's own part of it, where its blobs can be deleted
     * without asking whether another tenant holds the same bytes.
     */
    ArtifactStore below(String path) throws IOException;

    /** Where this store keeps its artifacts ({@code file:/…/} or {@code s3://bucket/prefix/}), for operators and auditors. */
    String location();
}
