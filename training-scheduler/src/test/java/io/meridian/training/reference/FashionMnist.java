package io.meridian.training.reference;

import io.meridian.training.datasets.IdxImport;
import io.meridian.training.datasets.IdxSummary;
import io.meridian.training.trainers.TrainingData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fashion-MNIST as the platform would hand it to a trainer: the Debian package's gzip files
 * checked and stored uncompressed by {@link IdxImport}, then named as {@link TrainingData}.
 */
final class FashionMnist {

    static final Path ROOT = Path.of(System.getProperty("fashion.mnist", "/usr/share/datasets/fashion-mnist"));

    private FashionMnist() {
    }

    /** {@code part}: {@code train} (60,000 images) or {@code t10k} (10,000). */
    static TrainingData imported(String part, Path directory) throws IOException {
        Path images = directory.resolve(part + "-images-idx3-ubyte");
        Path labels = directory.resolve(part + "-labels-idx1-ubyte");
        IdxSummary summary = IdxImport.writeDecompressed(ROOT.resolve(part + "-images-idx3-ubyte.gz"),
                ROOT.resolve(part + "-labels-idx1-ubyte.gz"), images, labels);
        System.out.printf("%s: %d images of %d×%d, labels %s%n", part, summary.images(), summary.rows(), summary.cols(),
                summary.labelCounts());
        return new TrainingData("IDX", images, Optional.of(labels), Optional.empty(), "fashion-mnist-" + part);
    }

    static Path workDirectory(String name) throws IOException {
        return Files.createTempDirectory("meridian-" + name);
    }
}
