package io.meridian.training.serving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Request rows drawn from the training distributions of {@link TrainedModels}, with their true labels. */
final class Rows {

    record Labelled(List<Map<String, Object>> rows, List<String> labels) {
    }

    private Rows() {
    }

    /** As {@code SyntheticCsv.blobs}: a around (-1.5, -15), b around (1.5, 15), colour independent of the label. */
    static Labelled blobs(int count, long seed) {
        Random random = new Random(seed);
        String[] colors = {"red", "green", "blue"};
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean b = random.nextBoolean();
            double center = b ? 1.5 : -1.5;
            rows.add(row("x", center + random.nextGaussian(), "y", center * 10 + random.nextGaussian() * 10,
                    "color", colors[random.nextInt(3)]));
            labels.add(b ? "b" : "a");
        }
        return new Labelled(rows, labels);
    }

    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    static String predictedLabel(Prediction prediction) {
        return ((ClassPrediction) prediction).label();
    }

    static double accuracy(List<Prediction> predictions, List<String> truth) {
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            correct += predictedLabel(predictions.get(i)).equals(truth.get(i)) ? 1 : 0;
        }
        return correct / (double) truth.size();
    }
}
