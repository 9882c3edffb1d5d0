package io.meridian.training.trainers;

import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * Builds Tribuo examples from CSV rows, images or texts, for training and (one at a time, through
 * the public methods) for serving. Tribuo refuses an example without features (all values missing,
 * an all-black image, a text of punctuation only): such rows are left out and counted in the log.
 */
public final class TribuoExamples {

    private TribuoExamples() {
    }

    /** The example of encoded tabular values; empty when none is present. */
    public static <T extends Output<T>> Optional<Example<T>> ofTabular(T output, TabularEncoder.NamedValues features) {
        return features.names().length == 0 ? Optional.empty()
                : Optional.of(new ArrayExample<>(output, features.names(), features.values()));
    }

    /**
     * The example of one image of {@code pixelNames.length} pixels (0–255, row-major, read by
     * {@code pixel}): the non-zero pixels scaled to [0, 1], black ones left out as Tribuo is sparse;
     * empty for an all-black image.
     */
    public static <T extends Output<T>> Optional<Example<T>> ofImage(T output, IntToDoubleFunction pixel, String[] pixelNames) {
        String[] names = new String[pixelNames.length];
        double[] values = new double[pixelNames.length];
        int present = 0;
        for (int p = 0; p < pixelNames.length; p++) {
            double value = pixel.applyAsDouble(p);
            if (value != 0) {
                names[present] = pixelNames[p];
                values[present++] = IdxFeatures.tribuoValue(value);
            }
        }
        return present == 0 ? Optional.empty()
                : Optional.of(new ArrayExample<>(output, java.util.Arrays.copyOf(names, present), java.util.Arrays.copyOf(values, present)));
    }

    /** The example of a text's word (and bigram) counts, {@link IcuWordFeatures#of}; empty when it has no word. */
    public static <T extends Output<T>> Optional<Example<T>> ofText(T output, String text, boolean bigrams) {
        Map<String, Double> features = IcuWordFeatures.of(text, bigrams);
        return features.isEmpty() ? Optional.empty()
                : Optional.of(new ArrayExample<>(output, features.keySet().toArray(String[]::new),
                        features.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    static <T extends Output<T>> List<Example<T>> fromCsv(CsvTable table, TabularEncoder encoder, int labelColumn,
                                                          Function<String, T> output, Consumer<String> log) {
        List<Example<T>> examples = new ArrayList<>(table.rows().size());
        for (String[] row : table.rows()) {
            ofTabular(output.apply(row[labelColumn]), encoder.named(row)).ifPresent(examples::add);
        }
        reportLeftOut(table.rows().size() - examples.size(), "rows without any feature value", log);
        return examples;
    }

    static List<Example<Label>> fromImages(IdxTrainingData.ImageSet images, String[] pixelNames, Consumer<String> log) {
        List<Example<Label>> examples = new ArrayList<>(images.size());
        for (int k = 0; k < images.size(); k++) {
            int image = images.indices()[k];
            ofImage(new Label(String.valueOf(images.label(k))), p -> images.data().pixel(image, p), pixelNames)
                    .ifPresent(examples::add);
        }
        reportLeftOut(images.size() - examples.size(), "black images", log);
        return examples;
    }

    static List<Example<Label>> fromTexts(CsvTable table, int textColumn, int labelColumn, boolean bigrams, Consumer<String> log) {
        List<Example<Label>> examples = new ArrayList<>(table.rows().size());
        for (String[] row : table.rows()) {
            ofText(new Label(row[labelColumn]), row[textColumn], bigrams).ifPresent(examples::add);
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
