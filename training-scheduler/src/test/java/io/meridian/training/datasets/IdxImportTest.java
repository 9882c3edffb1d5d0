package io.meridian.training.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class IdxImportTest {

    @TempDir
    Path dir;

    private final byte[] labelValues = IdxFiles.labelValues(30, 3, 1);

    @Test
    void inspectsGzipAndPlainFilesAlike() throws IOException {
        Path images = IdxFiles.write(dir.resolve("images.gz"), IdxFiles.images(labelValues, 9, 2), true);
        Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(labelValues), false);

        IdxSummary summary = IdxImport.inspect(images, labels);

        assertThat(summary.images()).isEqualTo(30);
        assertThat(summary.rows()).isEqualTo(9);
        assertThat(summary.cols()).isEqualTo(9);
        assertThat(summary.labelCounts()).containsExactly(Map.entry(0, 10L), Map.entry(1, 10L), Map.entry(2, 10L));
    }

    @Test
    void writesTheValidatedFilesUncompressed() throws IOException {
        byte[] imageBytes = IdxFiles.images(labelValues, 9, 2);
        Path images = IdxFiles.write(dir.resolve("images.gz"), imageBytes, true);
        Path labels = IdxFiles.write(dir.resolve("labels.gz"), IdxFiles.labels(labelValues), true);

        IdxImport.writeDecompressed(images, labels, dir.resolve("out-images"), dir.resolve("out-labels"));

        assertThat(Files.readAllBytes(dir.resolve("out-images"))).isEqualTo(imageBytes);
        assertThat(Files.readAllBytes(dir.resolve("out-labels"))).isEqualTo(IdxFiles.labels(labelValues));
        IdxDataset read = IdxDataset.read(dir.resolve("out-images"), dir.resolve("out-labels"));
        assertThat(read.count()).isEqualTo(30);
        assertThat(read.label(7)).isEqualTo(labelValues[7]);
        assertThat(read.pixel(1, 10)).isEqualTo(imageBytes[16 + 81 + 10] & 0xff);
    }

    @Test
    void refusesAWrongMagicNumber() throws IOException {
        Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(labelValues), false);
        // labels where images belong
        assertThatThrownBy(() -> IdxImport.inspect(labels, labels))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("field.not-idx");
                    assertThat(e.arguments()).containsEntry("expected", "0x00000803").containsEntry("found", "0x00000801");
                });
    }

    @Test
    void refusesATruncatedFileAndLeavesNothingBehind() throws IOException {
        byte[] imageBytes = IdxFiles.images(labelValues, 9, 2);
        Path images = IdxFiles.write(dir.resolve("images"), Arrays.copyOf(imageBytes, imageBytes.length - 5), false);
        Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(labelValues), false);

        assertThatThrownBy(() -> IdxImport.writeDecompressed(images, labels, dir.resolve("a"), dir.resolve("b")))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("field.truncated-idx");
                    assertThat(e.arguments()).containsEntry("expected", (long) imageBytes.length)
                            .containsEntry("found", (long) imageBytes.length - 5);
                });
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void refusesATruncatedGzipStream() throws IOException {
        Path full = IdxFiles.write(dir.resolve("full.gz"), IdxFiles.images(labelValues, 9, 2), true);
        byte[] gzip = Files.readAllBytes(full);
        Path images = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(gzip, gzip.length / 2));
        Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(labelValues), false);

        assertThatThrownBy(() -> IdxImport.inspect(images, labels))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.key()).isEqualTo("field.truncated-idx"));
    }

    @Test
    void refusesCountsThatDoNotMatch() throws IOException {
        Path images = IdxFiles.write(dir.resolve("images"), IdxFiles.images(labelValues, 9, 2), false);
        Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(Arrays.copyOf(labelValues, 29)), false);

        assertThatThrownBy(() -> IdxImport.inspect(images, labels))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("field.idx-count-mismatch");
                    assertThat(e.arguments()).containsEntry("images", 30).containsEntry("labels", 29);
                });
    }

    @Test
    void refusesAnEmptySetAnEmptyFileAndTrailingBytes() throws IOException {
        Path noImages = IdxFiles.write(dir.resolve("none"), IdxFiles.images(new byte[0], 9, 2), false);
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        byte[] labelBytes = IdxFiles.labels(labelValues);
        Path longer = Files.write(dir.resolve("longer"), Arrays.copyOf(labelBytes, labelBytes.length + 3));
        Path images = IdxFiles.write(dir.resolve("images"), IdxFiles.images(labelValues, 9, 2), false);

        assertThatThrownBy(() -> IdxImport.inspect(noImages, longer))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.key()).isEqualTo("field.no-images"));
        assertThatThrownBy(() -> IdxImport.inspect(empty, longer))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("field.truncated-idx");
                    assertThat(e.arguments()).containsEntry("found", 0);
                });
        assertThatThrownBy(() -> IdxImport.inspect(images, longer))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("field.idx-trailing-bytes");
                    assertThat(e.arguments()).containsEntry("extra", 3L);
                });
    }

    @Test
    void refusesCorruptGzipData() throws IOException {
        byte[] gzip = Files.readAllBytes(IdxFiles.write(dir.resolve("images.gz"), IdxFiles.images(labelValues, 9, 2), true));
        for (int i = 20; i < 40; i++) {
            gzip[i] ^= (byte) 0x5a;
        }
        Path images = Files.write(dir.resolve("corrupt.gz"), gzip);
        Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(labelValues), false);

        assertThatThrownBy(() -> IdxImport.inspect(images, labels))
                .isInstanceOfSatisfying(DatasetFormatException.class,
                        e -> assertThat(e.key()).isIn("field.unreadable-idx", "field.truncated-idx", "field.invalid-idx-dimensions", "field.not-idx"));
    }

    @Test
    void inspectsFashionMnistWhereInstalled() {
        Path root = Path.of("/usr/share/datasets/fashion-mnist");
        assumeThat(root.resolve("t10k-images-idx3-ubyte.gz")).exists();

        IdxSummary summary = IdxImport.inspect(root.resolve("t10k-images-idx3-ubyte.gz"), root.resolve("t10k-labels-idx1-ubyte.gz"));

        assertThat(summary.images()).isEqualTo(10_000);
        assertThat(summary.rows()).isEqualTo(28);
        assertThat(summary.labelCounts()).hasSize(10).allSatisfy((label, count) -> assertThat(count).isEqualTo(1000L));
    }
}
