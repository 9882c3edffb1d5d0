package io.meridian.registry.artifacts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

class FileSystemArtifactStoreTest {

    @TempDir
    Path root;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesUnderItsChecksumAndReadsBack() throws IOException {
        FileSystemArtifactStore store = new FileSystemArtifactStore(root);
        String sha = Sha256.of("model bytes".getBytes(StandardCharsets.UTF_8));

        StoredArtifact stored = store.put(bytes("model bytes"), Optional.of(sha));

        assertThat(stored.sha256()).isEqualTo(sha);
        assertThat(stored.size()).isEqualTo(11);
        assertThat(stored.uri()).startsWith("file:").endsWith("/sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        assertThat(store.contains(sha)).isTrue();
        try (InputStream in = store.open(sha)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("model bytes");
        }
    }

    @Test
    void theSameBytesTwiceAreOneCopy() throws IOException {
        FileSystemArtifactStore store = new FileSystemArtifactStore(root);
        StoredArtifact first = store.put(bytes("same"), Optional.empty());
        StoredArtifact second = store.put(bytes("same"), Optional.empty());
        assertThat(second).isEqualTo(first);
        try (Stream<Path> files = Files.walk(root.resolve("sha256"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void aWrongChecksumStoresNothing() throws IOException {
        FileSystemArtifactStore store = new FileSystemArtifactStore(root);
        String wrong = Sha256.of("other".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.put(bytes("model bytes"), Optional.of(wrong)))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining(wrong);

        assertThat(store.contains(Sha256.of("model bytes".getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertNothingLeft();
    }

    @Test
    void anUploadThatBreaksOffStoresNothing() throws IOException {
        FileSystemArtifactStore store = new FileSystemArtifactStore(root);
        InputStream breaksOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 10_000) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> store.put(breaksOff, Optional.empty())).hasMessage("connection reset");
        assertNothingLeft();
    }

    @Test
    void aStoreBelowAPathIsItsOwnAndDeletes() throws IOException {
        FileSystemArtifactStore store = new FileSystemArtifactStore(root);
        ArtifactStore tenant = store.below("tenants/t1/datasets");
        StoredArtifact stored = tenant.put(bytes("rows"), Optional.empty());
        assertThat(stored.uri()).contains("/tenants/t1/datasets/sha256/");
        assertThat(store.contains(stored.sha256())).isFalse();

        tenant.delete(stored.sha256());
        tenant.delete(stored.sha256());

        assertThat(tenant.contains(stored.sha256())).isFalse();
    }

    @Test
    void anUnknownChecksumIsNoSuchFile() throws IOException {
        FileSystemArtifactStore store = new FileSystemArtifactStore(root);
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertNothingLeft() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }
}
