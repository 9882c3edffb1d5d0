package io.meridian.training.trainers;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The training loop of {@code djl-mlp}: shuffled minibatches with softmax cross-entropy, a
 * cancellation check before every batch, and after every epoch the held-out accuracy. Each batch's
 * arrays live in a sub-manager closed right after it, so native memory does not grow with epochs.
 */
final class MlpFit {

    /** Checks between batches whether to go on; throws when the job was cancelled. */
    @FunctionalInterface
    interface CancellationCheck {
        void check() throws TrainingCancelledException;
    }

    private static final int EVALUATION_BATCH = 2048;

    private final Optimizer optimizer;
    private final int epochs;
    private final int batchSize;
    private final long seed;

    MlpFit(Optimizer optimizer, int epochs, int batchSize, long seed) {
        this.optimizer = optimizer;
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** Trains {@code model}'s block; returns the label indices predicted for {@code test} after the last epoch. */
    List<Integer> train(Model model, Device device, DenseExamples train, DenseExamples test, EpochRecorder recorder,
                        CancellationCheck cancellation) throws TrainingCancelledException {
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(optimizer).optDevices(new Device[] {device});
        int batch = Math.min(batchSize, train.size());
        try (Trainer trainer = model.newTrainer(config)) {
            trainer.initialize(new Shape(batch, train.width()));
            float[] features = new float[batch * train.width()];
            float[] labels = new float[batch];
            int[] order = new int[train.size()];
            Arrays.setAll(order, i -> i);
            SplittableRandom random = new SplittableRandom(seed);
            List<Integer> predicted = List.of();
            for (int epoch = 1; epoch <= epochs; epoch++) {
                shuffle(order, random);
                long start = System.nanoTime();
                double lossSum;
                // summed on the device and read once per epoch: reading each batch's loss would wait for a GPU every batch
                try (NDArray epochLoss = trainer.getManager().zeros(new Shape())) {
                    for (int from = 0; from < order.length; from += batch) {
                        cancellation.check();
                        int count = Math.min(batch, order.length - from);
                        train.gather(order, from, count, features, labels);
                        step(trainer, features, labels, count, train.width(), epochLoss);
                    }
                    lossSum = epochLoss.getFloat();
                }
                double samplesPerSecond = train.size() / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                predicted = predict(trainer, test);
                recorder.record(epoch, lossSum / train.size(), accuracy(test, predicted), samplesPerSecond);
            }
            return predicted;
        }
    }

    /** One minibatch: forward, loss, backward, update; adds the batch's summed loss to {@code lossSum}. */
    static void step(Trainer trainer, float[] features, float[] labels, int count, int width, NDArray lossSum) {
        try (NDManager batchManager = trainer.getManager().newSubManager()) {
            NDArray x = batchManager.create(count == labels.length ? features : Arrays.copyOf(features, count * width),
                    new Shape(count, width));
            NDArray y = batchManager.create(count == labels.length ? labels : Arrays.copyOf(labels, count), new Shape(count));
            NDArray batchLoss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                batchLoss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
                collector.backward(batchLoss);
            }
            trainer.step();
            lossSum.addi(batchLoss.stopGradient().mul(count));
        }
    }

    /** The index of the highest logit of every row. */
    static List<Integer> predict(Trainer trainer, DenseExamples examples) {
        Integer[] predicted = new Integer[examples.size()];
        for (int from = 0; from < examples.size(); from += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, examples.size() - from);
            try (NDManager batchManager = trainer.getManager().newSubManager()) {
                float[] rows = Arrays.copyOfRange(examples.features(), from * examples.width(), (from + count) * examples.width());
                NDArray logits = trainer.evaluate(new NDList(batchManager.create(rows, new Shape(count, examples.width()))))
                        .singletonOrThrow();
                long[] best = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                for (int i = 0; i < count; i++) {
                    predicted[from + i] = (int) best[i];
                }
            }
        }
        return Arrays.asList(predicted);
    }

    private static double accuracy(DenseExamples examples, List<Integer> predicted) {
        long correct = 0;
        for (int i = 0; i < predicted.size(); i++) {
            if (predicted.get(i) == examples.labelIndices()[i]) {
                correct++;
            }
        }
        return correct / (double) predicted.size();
    }

    static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
