package io.meridian.training.serving;

import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.CsvSchemaInference;
import io.meridian.training.datasets.IdxFiles;
import io.meridian.training.trainers.DjlMlpTrainer;
import io.meridian.training.trainers.SyntheticCsv;
import io.meridian.training.trainers.SyntheticTexts;
import io.meridian.training.trainers.Trainer;
import io.meridian.training.trainers.TrainingData;
import io.meridian.training.trainers.TrainingOutcome;
import io.meridian.training.trainers.TrainingRun;
import io.meridian.training.trainers.TribuoCartTrainer;
import io.meridian.training.trainers.TribuoLinearRegressionTrainer;
import io.meridian.training.trainers.TribuoLogisticRegressionTrainer;
import io.meridian.training.trainers.TribuoTextClassificationTrainer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Models trained by the real trainers on generated data, each once per JVM (the serving tests and
 * benchmarks share them), in a temporary directory removed at exit.
 */
public final class TrainedModels {

    private static final Path ROOT;
    private static final Map<String, TrainingOutcome> TRAINED = new ConcurrentHashMap<>();

    static {
        try {
            ROOT = Files.createTempDirectory("meridian-serving-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> paths = Files.walk(ROOT)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind
            }
        }));
    }

    private TrainedModels() {
    }

    /** Two blobs (x, y, a category that says nothing): a = around (-1.5, -15), b = around (1.5, 15). */
    static TrainingOutcome blobsLogistic() {
        return once("blobs-logistic", () -> train(new TribuoLogisticRegressionTrainer(), blobs(), Map.of("epochs", 4)));
    }

    static TrainingOutcome blobsCart() {
        return once("blobs-cart", () -> train(new TribuoCartTrainer(), blobs(), Map.of()));
    }

    static TrainingOutcome blobsMlp() {
        return once("blobs-mlp", () -> train(new DjlMlpTrainer(), blobs(),
                Map.of("hiddenSizes", List.of(16), "epochs", 5, "batchSize", 32, "learningRate", 0.01)));
    }

    /** price = 50 + 3·area − 2·age + 10 if premium, noise σ = 1. */
    static TrainingOutcome pricesRegression() {
        return once("prices", () -> train(new TribuoLinearRegressionTrainer(),
                csv(SyntheticCsv.prices(ROOT.resolve("prices.csv"), 400, 1), "price"), Map.of()));
    }

    /** Sport or food, in German and Japanese, from the first sentence template. */
    static TrainingOutcome texts() {
        return once("texts", () -> train(new TribuoTextClassificationTrainer(),
                csv(SyntheticTexts.write(ROOT.resolve("texts.csv"), 400, 1, 0, SyntheticTexts.DE, SyntheticTexts.JA), "topic"),
                Map.of("epochs", 5)));
    }

    /** 12 × 12 images of ten classes (IdxFiles: each class lights its own square). */
    static TrainingOutcome imagesLogistic() {
        return once("images", () -> {
            byte[] labels = IdxFiles.labelValues(600, 10, 1);
            TrainingData data = new TrainingData("IDX", IdxFiles.write(ROOT.resolve("images"), IdxFiles.images(labels, 12, 1), false),
                    Optional.of(IdxFiles.write(ROOT.resolve("labels"), IdxFiles.labels(labels), false)), Optional.empty(), "0".repeat(64));
            return train(new TribuoLogisticRegressionTrainer(), data, Map.of("epochs", 3));
        });
    }

    /** {@link WideTabular}'s ten inputs, for the benchmarks. */
    public static TrainingOutcome wideLogistic() {
        return once("wide-logistic", () -> train(new TribuoLogisticRegressionTrainer(), wide(), Map.of("epochs", 3)));
    }

    public static TrainingOutcome wideMlp(List<Integer> hiddenSizes) {
        return once("wide-mlp-" + hiddenSizes, () -> train(new DjlMlpTrainer(), wide(),
                Map.of("hiddenSizes", hiddenSizes, "epochs", 3, "batchSize", 64)));
    }

    private static TrainingData blobs() throws IOException {
        return csv(SyntheticCsv.blobs(ROOT.resolve("blobs.csv"), 400, 1), "label");
    }

    private static TrainingData wide() throws IOException {
        return csv(WideTabular.write(ROOT.resolve("wide.csv"), 3000, 1), "label");
    }

    static TrainingData csv(Path file, String labelColumn) throws IOException {
        CsvSchema schema;
        try (Reader reader = Files.newBufferedReader(file)) {
            schema = CsvSchemaInference.infer(reader, labelColumn);
        }
        return new TrainingData("CSV", file, Optional.empty(), Optional.of(schema), "0".repeat(64));
    }

    private static TrainingOutcome train(Trainer trainer, TrainingData data, Map<String, Object> hyperparameters) throws Exception {
        Path work = Files.createTempDirectory(ROOT, trainer.name() + "-");
        return trainer.train(new TrainingRun(data, Optional.empty(), hyperparameters, 0, 42, work, epoch -> { }, line -> { },
                () -> false));
    }

    private interface Training {
        TrainingOutcome run() throws Exception;
    }

    private static TrainingOutcome once(String name, Training training) {
        synchronized (TRAINED) {
            TrainingOutcome outcome = TRAINED.get(name);
            if (outcome == null) {
                try {
                    outcome = training.run();
                } catch (Exception e) {
                    throw new IllegalStateException("training " + name + " failed", e);
                }
                TRAINED.put(name, outcome);
            }
            return outcome;
        }
    }

    static Predictor load(TrainingOutcome outcome, ServingOptions options) throws IOException {
        return Predictors.load(outcome.format(), outcome.artifact(), outcome.signature(), outcome.task(), options);
    }
}
