package io.meridian.training.reference;

import io.meridian.training.trainers.DjlMlpTrainer;
import io.meridian.training.trainers.Trainer;
import io.meridian.training.trainers.TrainingData;
import io.meridian.training.trainers.TrainingOutcome;
import io.meridian.training.trainers.TrainingRun;
import io.meridian.training.trainers.TribuoLogisticRegressionTrainer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Fashion-MNIST reference: trains {@code djl-mlp} and {@code tribuo-logistic-regression}
 * through the {@link Trainer} interface on the 60,000 training images, evaluates on the 10,000
 * test images, and prints accuracy, epochs, hyperparameters and wall time.
 * <p>
 * Arguments: {@code mlp}, {@code logistic} or both (default), then {@code name=value} overrides
 * of the recommended hyperparameters (numbers, or lists as {@code 256,128}).
 */
public final class FashionMnistReference {

    /** The recommended hyperparameters for this data (see training-scheduler/README.md). */
    static final Map<String, Object> MLP = Map.of("hiddenSizes", List.of(256, 128), "activation", "relu",
            "optimizer", "adam", "learningRate", 0.001, "batchSize", 128, "epochs", 12);
    static final Map<String, Object> LOGISTIC = Map.of("epochs", 10, "optimizer", "adagrad", "learningRate", 0.02,
            "minibatchSize", 1);

    private FashionMnistReference() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = new ArrayList<>();
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.contains("=")) {
                overrides.put(arg.substring(0, arg.indexOf('=')), parse(arg.substring(arg.indexOf('=') + 1)));
            } else {
                which.add(arg);
            }
        }
        if (which.isEmpty()) {
            which = List.of("mlp", "logistic");
        }
        Path data = FashionMnist.workDirectory("fashion-mnist");
        TrainingData train = FashionMnist.imported("train", data);
        TrainingData test = FashionMnist.imported("t10k", data);
        for (String name : which) {
            Trainer trainer = name.equals("mlp") ? new DjlMlpTrainer() : new TribuoLogisticRegressionTrainer();
            Map<String, Object> hyperparameters = new LinkedHashMap<>(name.equals("mlp") ? MLP : LOGISTIC);
            hyperparameters.putAll(overrides);
            run(trainer, train, test, hyperparameters);
        }
    }

    private static void run(Trainer trainer, TrainingData train, TrainingData test, Map<String, Object> hyperparameters)
            throws Exception {
        var violations = trainer.validate(hyperparameters);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        TrainingRun run = new TrainingRun(train, Optional.of(test), hyperparameters, 1, 42,
                FashionMnist.workDirectory(trainer.name()),
                epoch -> System.out.printf(Locale.ROOT, "  epoch %2d/%d  loss %.4f  test accuracy %.4f  %,.0f samples/s%n",
                        epoch.epoch(), epoch.epochs(), epoch.loss(), epoch.accuracy(), epoch.samplesPerSecond()),
                line -> System.out.println("  | " + line), () -> false);
        System.out.println(trainer.name() + " " + hyperparameters);
        long start = System.nanoTime();
        TrainingOutcome outcome = trainer.train(run);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: test accuracy %.4f, macro F1 %.4f, %s epochs, %.1f s wall time on %s (%d CPUs)%n"
                        + "  hyperparameters %s%n  artifact %s%n",
                trainer.name(), outcome.metrics().values().get("accuracy"), outcome.metrics().values().get("macro_f1"),
                outcome.hyperparameters().get("epochs"), seconds, outcome.device(), Runtime.getRuntime().availableProcessors(),
                new java.util.TreeMap<>(outcome.hyperparameters()), outcome.artifact());
    }

    private static Object parse(String value) {
        if (value.contains(",")) {
            return java.util.Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
        }
        if (value.matches("-?\\d+")) {
            return Integer.valueOf(value);
        }
        if (value.matches("-?[\\d.]+(e-?\\d+)?")) {
            return Double.valueOf(value);
        }
        return value;
    }
}
