package io.meridian.registry.artifacts;

import io.meridian.registry.RegistryNames;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * A region's store in an S3-compatible bucket (AWS S3, MinIO, Ceph, …), objects at
 * {@code <prefix>sha256/ab/cd/<hash>}. The upload is first spooled to a local temporary file while
 * it is checksummed, so that its address is known before anything reaches the bucket; the object
 * is then written in one PUT, which S3 makes visible whole or not at all, with its SHA-256 for the
 * store to verify on arrival.
 */
public final class S3ArtifactStore implements ArtifactStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path spool;

    public S3ArtifactStore(S3Client s3, String bucket, String prefix, Path spool) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.spool = Files.createDirectories(spool);
    }

    @Override
    public StoredArtifact put(InputStream content, Optional<String> expectedSha256) throws IOException {
        try (SpooledUpload upload = SpooledUpload.of(content, spool, expectedSha256, false)) {
            String sha256 = upload.sha256Hex();
            if (!contains(sha256)) {
                try {
                    s3.putObject(request -> request.bucket(bucket).key(key(sha256)).contentLength(upload.size())
                                    .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                                    .checksumSHA256(Base64.getEncoder().encodeToString(upload.sha256())),
                            RequestBody.fromFile(upload.file()));
                } catch (S3Exception e) {
                    throw new IOException("PUT " + uri(sha256) + " failed", e);
                }
            }
            return new StoredArtifact(sha256, upload.size(), uri(sha256));
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(uri(sha256));
        } catch (S3Exception e) {
            throw new IOException("GET " + uri(sha256) + " failed", e);
        }
    }

    @Override
    public boolean contains(String sha256) throws IOException {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("HEAD " + uri(sha256) + " failed", e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key(sha256)));
        } catch (S3Exception e) {
            throw new IOException("DELETE " + uri(sha256) + " failed", e);
        }
    }

    @Override
    public ArtifactStore below(String path) throws IOException {
        return new S3ArtifactStore(s3, bucket, prefix + path, spool);
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }

    private String key(String sha256) {
        if (!RegistryNames.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return prefix + "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    private String uri(String sha256) {
        return "s3://" + bucket + "/" + key(sha256);
    }
}
