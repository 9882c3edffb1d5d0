package io.meridian.training.datasets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports an IDX image dataset (idx3 images and idx1 labels of unsigned bytes, each gzip or
 * plain): checks both files completely while streaming them, so that a 60,000-image set never
 * has to fit in memory, counts the labels, and can write the uncompressed files the platform stores.
 */
public final class IdxImport {

    /** The argument of every format error that names the file at fault: {@value #IMAGES} or {@value #LABELS}. */
    public static final String FILE = "file";
    public static final String IMAGES = "images";
    public static final String LABELS = "labels";

    private IdxImport() {
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs a step on one of the two files, so that its format error says which file it is about. */
    private static <T> T inFile(String file, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (DatasetFormatException e) {
            Map<String, Object> arguments = new java.util.HashMap<>(e.arguments());
            arguments.put(FILE, file);
            throw new DatasetFormatException(e.key(), arguments);
        }
    }

    /** Reads both files through and summarizes them; refuses what is not a matching IDX pair. */
    public static IdxSummary inspect(Path images, Path labels) {
        try {
            return copy(images, labels, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new AssertionError("a null stream does not fail", e);
        }
    }

    /**
     * Writes the validated, uncompressed files; on a format error nothing is left at the targets.
     */
    public static IdxSummary writeDecompressed(Path images, Path labels, Path imagesTarget, Path labelsTarget)
            throws IOException {
        boolean written = false;
        try (OutputStream imagesOut = Files.newOutputStream(imagesTarget);
             OutputStream labelsOut = Files.newOutputStream(labelsTarget)) {
            IdxSummary summary = copy(images, labels, imagesOut, labelsOut);
            written = true;
            return summary;
        } finally {
            if (!written) {
                Files.deleteIfExists(imagesTarget);
                Files.deleteIfExists(labelsTarget);
            }
        }
    }

    private static IdxSummary copy(Path images, Path labels, OutputStream imagesOut, OutputStream labelsOut)
            throws IOException {
        try (IdxInput imageInput = inFile(IMAGES, () -> IdxInput.openImages(images));
             IdxInput labelInput = inFile(LABELS, () -> IdxInput.openLabels(labels))) {
            // counts first: a mismatch is found before a single image is read
            if (imageInput.count() != labelInput.count()) {
                throw new DatasetFormatException("field.idx-count-mismatch",
                        Map.of("images", imageInput.count(), "labels", labelInput.count(), FILE, LABELS));
            }
            inFile(IMAGES, () -> {
                imageInput.writeHeader(imagesOut);
                imageInput.copyItems(imagesOut, (buffer, length) -> { });
                imageInput.expectEnd();
                return null;
            });

            long[] counts = new long[256];
            inFile(LABELS, () -> {
                labelInput.writeHeader(labelsOut);
                labelInput.copyItems(labelsOut, (buffer, length) -> {
                    for (int i = 0; i < length; i++) {
                        counts[buffer[i] & 0xff]++;
                    }
                });
                labelInput.expectEnd();
                return null;
            });

            TreeMap<Integer, Long> labelCounts = new TreeMap<>();
            for (int label = 0; label < counts.length; label++) {
                if (counts[label] > 0) {
                    labelCounts.put(label, counts[label]);
                }
            }
            return new IdxSummary(imageInput.count(), imageInput.rows(), imageInput.cols(), labelCounts);
        }
    }
}
