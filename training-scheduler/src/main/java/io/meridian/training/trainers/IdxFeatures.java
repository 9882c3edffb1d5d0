package io.meridian.training.trainers;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;

import java.util.List;

/** How an IDX image dataset appears to a model: one tensor input {@code pixels} of rows × cols. */
public final class IdxFeatures {

    public static final String INPUT_NAME = "pixels";

    private IdxFeatures() {
    }

    /** Pixels are bytes 0–255 in the dataset and in a serving request; models see them divided by this. */
    public static final int PIXEL_SCALE = 255;

    /** A pixel as a Tribuo feature value. */
    public static double tribuoValue(double pixel) {
        return pixel / PIXEL_SCALE;
    }

    public static Feature signatureInput(int rows, int cols) {
        return new Feature(INPUT_NAME, FeatureType.TENSOR, List.of(-1, rows, cols));
    }

    /** The Tribuo feature name of pixel {@code index} (row-major); zero-padded, so names sort as pixels do. */
    public static String pixelName(int index) {
        return String.format("px%06d", index);
    }

    /** The names of all pixels of an image, computed once per dataset rather than per pixel. */
    public static String[] pixelNames(int pixels) {
        String[] names = new String[pixels];
        for (int i = 0; i < pixels; i++) {
            names[i] = pixelName(i);
        }
        return names;
    }
}
