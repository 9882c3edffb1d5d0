package io.meridian.training.reference;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.meridian.training.datasets.IdxDataset;
import io.meridian.training.trainers.DjlEngines;
import io.meridian.training.trainers.DjlMlpTrainer;
import io.meridian.training.trainers.EpochProgress;
import io.meridian.training.trainers.MlpNetwork;
import io.meridian.training.trainers.TrainingData;
import io.meridian.training.trainers.TrainingRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What the {@code djl-mlp} trainer costs over DJL itself: the same network (784-256-128-10,
 * relu, Adam 1e-3, batch 128) trained on Fashion-MNIST's 60,000 images by a bare DJL loop
 * (batches from a float array, forward, loss, backward, step: nothing else) and through the
 * trainer (per-batch cancellation check and loss read-back, per-epoch evaluation, progress,
 * held-out bookkeeping). Compared: training samples per second, evaluation excluded on both
 * sides; medians, as a shared 2-vCPU machine has slow outliers. Argument: epochs per side (default 3):
 * after two warm-up epochs, the bare loop runs that many epochs before and after the trainer.
 */
public final class DjlOverheadBenchmark {

    private static final List<Integer> HIDDEN = List.of(256, 128);
    private static final int BATCH = 128;

    private DjlOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        var directory = FashionMnist.workDirectory("overhead");
        TrainingData train = FashionMnist.imported("train", directory);
        TrainingData test = FashionMnist.imported("t10k", directory);
        IdxDataset images = IdxDataset.read(train.file(), train.labels().orElseThrow());

        int width = images.pixelsPerImage();
        float[] features = new float[images.count() * width];
        float[] labels = new float[images.count()];
        for (int i = 0; i < images.count(); i++) {
            for (int p = 0; p < width; p++) {
                features[i * width + p] = images.pixel(i, p) / 255f;
            }
            labels[i] = images.label(i);
        }

        DjlEngines.pytorch().setRandomSeed(42);
        // PyTorch's first batches are several times slower (allocator, kernel selection): warm up first
        bare(features, labels, width, 2);
        List<Double> bare = new ArrayList<>(bare(features, labels, width, epochs));
        List<Double> trainer = throughTrainer(train, test, epochs);
        bare.addAll(bare(features, labels, width, epochs));
        System.out.printf(Locale.ROOT, "bare DJL loop: median %,.0f samples/s (mean %,.0f) over %d epochs before and after%n",
                median(bare), mean(bare), bare.size());
        System.out.printf(Locale.ROOT, "djl-mlp trainer: median %,.0f samples/s (mean %,.0f) over %d epochs%n",
                median(trainer), mean(trainer), trainer.size());
        System.out.printf(Locale.ROOT, "overhead: %.1f %% of the bare loop's median (%d CPUs)%n",
                100 * (1 - median(trainer) / median(bare)), Runtime.getRuntime().availableProcessors());
    }

    /** Samples per second of each epoch of a plain DJL training loop. */
    private static List<Double> bare(float[] features, float[] labels, int width, int epochs) {
        List<Double> throughput = new ArrayList<>();
        try (Model model = Model.newInstance("bare", Device.cpu(), DjlEngines.ENGINE)) {
            model.setBlock(MlpNetwork.build(HIDDEN, "relu", 10));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
            try (ai.djl.training.Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, width));
                int[] order = new int[labels.length];
                java.util.Arrays.setAll(order, i -> i);
                Random random = new Random(42);
                float[] batch = new float[BATCH * width];
                float[] batchLabels = new float[BATCH];
                for (int epoch = 0; epoch < epochs; epoch++) {
                    for (int i = order.length - 1; i > 0; i--) {
                        int j = random.nextInt(i + 1);
                        int swap = order[i];
                        order[i] = order[j];
                        order[j] = swap;
                    }
                    long start = System.nanoTime();
                    for (int from = 0; from + BATCH <= order.length; from += BATCH) {
                        for (int b = 0; b < BATCH; b++) {
                            System.arraycopy(features, order[from + b] * width, batch, b * width, width);
                            batchLabels[b] = labels[order[from + b]];
                        }
                        try (NDManager batchManager = trainer.getManager().newSubManager()) {
                            NDArray x = batchManager.create(batch, new Shape(BATCH, width));
                            NDArray y = batchManager.create(batchLabels, new Shape(BATCH));
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                                collector.backward(trainer.getLoss().evaluate(new NDList(y), new NDList(logits)));
                            }
                            trainer.step();
                        }
                    }
                    double samplesPerSecond = (order.length / BATCH * BATCH) / ((System.nanoTime() - start) / 1e9);
                    System.out.printf(Locale.ROOT, "  bare epoch %d: %,.0f samples/s%n", epoch + 1, samplesPerSecond);
                    throughput.add(samplesPerSecond);
                }
            }
        }
        return throughput;
    }

    /** Samples per second of each epoch as the trainer reports them. */
    private static List<Double> throughTrainer(TrainingData train, TrainingData test, int epochs) throws Exception {
        List<Double> throughput = new ArrayList<>();
        TrainingRun run = new TrainingRun(train, Optional.of(test), Map.of("hiddenSizes", HIDDEN, "epochs", epochs,
                "batchSize", BATCH, "learningRate", 0.001, "optimizer", "adam"), 0, 42, FashionMnist.workDirectory("overhead-run"),
                (EpochProgress epoch) -> {
                    System.out.printf(Locale.ROOT, "  trainer epoch %d: %,.0f samples/s, test accuracy %.4f%n", epoch.epoch(),
                            epoch.samplesPerSecond(), epoch.accuracy());
                    throughput.add(epoch.samplesPerSecond());
                },
                line -> { }, () -> false);
        new DjlMlpTrainer().train(run);
        return throughput;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
