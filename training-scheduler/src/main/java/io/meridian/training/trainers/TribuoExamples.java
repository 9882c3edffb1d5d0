package io.meridian.training.trainers;

import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds Tribuo examples from CSV rows, images or texts. Tribuo refuses an example without
 * features (all values missing, an all-black image, a text of punctuation only): such rows are
 * left out and counted in the log.
 */
final class TribuoExamples {

    private TribuoExamples() {
    }

    static <T extends Output<T>> List<Example<T>> fromCsv(CsvTable table, TabularEncoder encoder, int labelColumn,
                                                          Function<String, T> output, Consumer<String> log) {
        List<Example<T>> examples = new ArrayList<>(table.rows().size());
        for (String[] row : table.rows()) {
            TabularEncoder.NamedValues features = encoder.named(row);
            if (features.names().length > 0) {
                examples.add(new ArrayExample<>(output.apply(row[labelColumn]), features.names(), features.values()));
            }
        }
        reportLeftOut(table.rows().size() - examples.size(), "rows without any feature value", log);
        return examples;
    }

    /** Pixels scaled to [0, 1]; black pixels (0) are left out, Tribuo being sparse. */
    static List<Example<Label>> fromImages(IdxTrainingData.ImageSet images, String[] pixelNames, Consumer<String> log) {
        int pixels = images.data().pixelsPerImage();
        List<Example<Label>> examples = new ArrayList<>(images.size());
        String[] names = new String[pixels];
        double[] values = new double[pixels];
        for (int k = 0; k < images.size(); k++) {
            int image = images.indices()[k];
            int present = 0;
            for (int p = 0; p < pixels; p++) {
                int value = images.data().pixel(image, p);
                if (value != 0) {
                    names[present] = pixelNames[p];
                    values[present++] = value / 255.0;
                }
            }
            if (present > 0) {
                examples.add(new ArrayExample<>(new Label(String.valueOf(images.label(k))),
                        java.util.Arrays.copyOf(names, present), java.util.Arrays.copyOf(values, present)));
            }
        }
        reportLeftOut(images.size() - examples.size(), "black images", log);
        return examples;
    }

    static List<Example<Label>> fromTexts(CsvTable table, int textColumn, int labelColumn, boolean bigrams, Consumer<String> log) {
        List<Example<Label>> examples = new ArrayList<>(table.rows().size());
        for (String[] row : table.rows()) {
            Map<String, Double> features = IcuWordFeatures.of(row[textColumn], bigrams);
            if (!features.isEmpty()) {
                examples.add(new ArrayExample<>(new Label(row[labelColumn]), features.keySet().toArray(String[]::new),
                        features.values().stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        reportLeftOut(table.rows().size() - examples.size(), "rows without a word", log);
        return examples;
    }

    private static void reportLeftOut(int count, String what, Consumer<String> log) {
        if (count > 0) {
            log.accept("left out " + count + " " + what);
        }
    }
}
