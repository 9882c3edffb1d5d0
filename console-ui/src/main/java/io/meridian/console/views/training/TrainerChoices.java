package io.meridian.console.views.training;

import java.util.List;
import java.util.Optional;

/**
 * The platform's trainers, the dataset formats each reads and a starting set of hyperparameters. The
 * API has no trainer catalog endpoint: this mirrors training-scheduler's catalog (its README lists the
 * hyperparameters and their ranges); the API validates every submission against the real catalog, and
 * its field errors are shown on the form.
 */
public final class TrainerChoices {

    public record Trainer(String name, List<String> datasetFormats, String hyperparameters) {
    }

    public static final List<Trainer> ALL = List.of(
            new Trainer("tribuo-logistic-regression", List.of("CSV", "IDX"), "{\"epochs\": 10, \"learningRate\": 0.1}"),
            new Trainer("tribuo-text-classification", List.of("CSV"), "{\"epochs\": 10}"),
            new Trainer("tribuo-cart", List.of("CSV"), "{\"maxDepth\": 10}"),
            new Trainer("tribuo-linear-regression", List.of("CSV"), "{\"epochs\": 20}"),
            new Trainer("djl-mlp", List.of("CSV", "IDX"), "{\"epochs\": 12, \"hiddenSizes\": [64]}"));

    private TrainerChoices() {
    }

    public static Optional<Trainer> find(String name) {
        return ALL.stream().filter(trainer -> trainer.name().equals(name)).findFirst();
    }

    /** The trainers that can read a dataset of this format. */
    public static List<Trainer> forFormat(String format) {
        return ALL.stream().filter(trainer -> format == null || trainer.datasetFormats().contains(format)).toList();
    }
}
