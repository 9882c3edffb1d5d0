package io.meridian.registry.artifacts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 store against a real S3 API (moto's server; skipped, saying why, where it is not installed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ArtifactStoreTest {

    private MotoServer moto;
    private S3Settings settings;
    @TempDir
    Path spool;

    @BeforeAll
    void startMoto() throws Exception {
        moto = MotoServer.start();
        settings = moto.bucket("meridian-eu-west", "artifacts");
    }

    @AfterAll
    void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesReadsAndDeduplicatesByChecksum() throws IOException {
        try (S3Client s3 = settings.client()) {
            S3ArtifactStore store = new S3ArtifactStore(s3, settings.bucket(), settings.prefix(), spool);
            String sha = Sha256.of("onnx bytes".getBytes(StandardCharsets.UTF_8));

            StoredArtifact stored = store.put(bytes("onnx bytes"), Optional.of(sha));

            assertThat(stored).isEqualTo(new StoredArtifact(sha, 10,
                    "s3://meridian-eu-west/artifacts/sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha));
            assertThat(store.contains(sha)).isTrue();
            try (InputStream in = store.open(sha)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("onnx bytes");
            }
            assertThat(store.put(bytes("onnx bytes"), Optional.empty())).isEqualTo(stored);
            assertThat(s3.listObjectsV2(request -> request.bucket(settings.bucket())).contents()).hasSize(1);
            assertNothingSpooled();

            ArtifactStore tenant = store.below("tenants/t1/");
            StoredArtifact own = tenant.put(bytes("onnx bytes"), Optional.empty());
            assertThat(own.uri()).startsWith("s3://meridian-eu-west/artifacts/tenants/t1/sha256/");
            tenant.delete(sha);
            assertThat(tenant.contains(sha)).isFalse();
            assertThat(store.contains(sha)).isTrue();
        }
    }

    @Test
    void aWrongChecksumStoresNothing() throws IOException {
        try (S3Client s3 = settings.client()) {
            S3ArtifactStore store = new S3ArtifactStore(s3, settings.bucket(), "mismatch", spool);
            String actual = Sha256.of("tampered".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> store.put(bytes("tampered"), Optional.of("f".repeat(64))))
                    .isInstanceOf(ChecksumMismatchException.class);

            assertThat(store.contains(actual)).isFalse();
            assertThatThrownBy(() -> store.open(actual)).isInstanceOf(NoSuchFileException.class);
            assertNothingSpooled();
        }
    }

    private void assertNothingSpooled() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
