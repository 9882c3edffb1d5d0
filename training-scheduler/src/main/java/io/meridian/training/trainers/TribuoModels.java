package io.meridian.training.trainers;

import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.regression.Regressor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the artifacts of the Tribuo trainers for serving. How to build an input:
 * <ul>
 *   <li>CSV models: one feature per number or boolean column (its value; booleans 1/0), and for
 *       a category column the feature {@code column=value} with 1 ({@link TabularEncoder#oneHotName});
 *       a missing value is left out. Numbers are standardized inside the model.</li>
 *   <li>IDX models: {@link IdxFeatures#pixelName} per non-zero pixel, row-major, value / 255.</li>
 *   <li>Text models: the features of {@link IcuWordFeatures#of} of the text.</li>
 * </ul>
 * A {@code tribuo-cart} model predicts a {@link Regressor} whose dimensions are the labels and
 * whose values are the class probabilities of its leaf (see {@link TribuoCartTrainer}): the
 * label is the dimension with the highest value, {@link #classProbabilities} reads them.
 */
public final class TribuoModels {

    private TribuoModels() {
    }

    /** Reads an artifact written in Tribuo's protobuf format. */
    public static Model<?> load(Path artifact) throws IOException {
        return Model.deserializeFromFile(artifact);
    }

    /** The labels of a {@code tribuo-cart} prediction with their probabilities, highest first. */
    public static Map<String, Double> classProbabilities(Prediction<Regressor> prediction) {
        Regressor output = prediction.getOutput();
        String[] names = output.getNames();
        double[] values = output.getValues();
        Map<String, Double> probabilities = new LinkedHashMap<>();
        java.util.stream.IntStream.range(0, names.length).boxed()
                .sorted((a, b) -> Double.compare(values[b], values[a]))
                .forEach(i -> probabilities.put(names[i], values[i]));
        return probabilities;
    }
}
