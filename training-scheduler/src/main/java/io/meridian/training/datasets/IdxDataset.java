package io.meridian.training.datasets;

import java.nio.file.Path;
import java.util.Map;

/**
 * An IDX image dataset read into memory for training: images as one row-major array of
 * unsigned bytes (image i starts at {@code i * rows * cols}) and one label byte per image.
 */
public record IdxDataset(int rows, int cols, byte[] pixels, byte[] labels) {

    /** Reads and checks both files (gzip or plain), as {@link IdxImport} does. */
    public static IdxDataset read(Path images, Path labels) {
        try (IdxInput imageInput = IdxInput.openImages(images); IdxInput labelInput = IdxInput.openLabels(labels)) {
            if (imageInput.count() != labelInput.count()) {
                throw new DatasetFormatException("field.idx-count-mismatch",
                        Map.of("images", imageInput.count(), "labels", labelInput.count()));
            }
            long size = imageInput.itemBytes() * imageInput.count();
            if (size > Integer.MAX_VALUE - 8) {
                throw new DatasetFormatException("field.too-large-idx", Map.of("max", Integer.MAX_VALUE - 8));
            }
            byte[] pixels = new byte[(int) size];
            imageInput.readFully(pixels, 0, pixels.length);
            imageInput.expectEnd();
            byte[] labelBytes = new byte[labelInput.count()];
            labelInput.readFully(labelBytes, 0, labelBytes.length);
            labelInput.expectEnd();
            return new IdxDataset(imageInput.rows(), imageInput.cols(), pixels, labelBytes);
        }
    }

    public int count() {
        return labels.length;
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    /** The label of image {@code i}, 0–255. */
    public int label(int i) {
        return labels[i] & 0xff;
    }

    /** Pixel {@code p} (row-major) of image {@code i}, 0–255. */
    public int pixel(int i, int p) {
        return pixels[i * pixelsPerImage() + p] & 0xff;
    }
}
