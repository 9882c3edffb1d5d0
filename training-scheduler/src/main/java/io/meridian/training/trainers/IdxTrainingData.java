package io.meridian.training.trainers;

import io.meridian.training.datasets.DatasetFormatException;
import io.meridian.training.datasets.IdxDataset;

import java.util.Map;
import java.util.TreeSet;

/**
 * An IDX job's images to train on and images to evaluate on: the run's test data when it has
 * some (of the same image size), else the held-out fraction of its data.
 */
public record IdxTrainingData(ImageSet train, ImageSet test) {

    /** Some images of a dataset, by index. */
    public record ImageSet(IdxDataset data, int[] indices) {

        public int size() {
            return indices.length;
        }

        public int label(int k) {
            return data.label(indices[k]);
        }
    }

    public static IdxTrainingData load(TrainingRun run, double testFraction) {
        IdxDataset data = read(run.data());
        if (run.testData().isPresent()) {
            IdxDataset test = read(run.testData().get());
            if (test.rows() != data.rows() || test.cols() != data.cols()) {
                throw new DatasetFormatException("field.idx-shape-mismatch", Map.of(
                        "expected", data.rows() + "×" + data.cols(), "found", test.rows() + "×" + test.cols()));
            }
            return new IdxTrainingData(new ImageSet(data, all(data.count())), new ImageSet(test, all(test.count())));
        }
        if (data.count() < 2) {
            throw new DatasetFormatException("field.too-few-rows", Map.of("min", 2, "found", data.count()));
        }
        HeldOutSplit split = HeldOutSplit.of(data.count(), testFraction, run.seed());
        run.log().accept("held out " + split.test().length + " of " + data.count() + " images for evaluation");
        return new IdxTrainingData(new ImageSet(data, split.train()), new ImageSet(data, split.test()));
    }

    private static IdxDataset read(TrainingData data) {
        if (!"IDX".equals(data.format()) || data.labels().isEmpty()) {
            throw new DatasetFormatException("field.unsupported-dataset-format", Map.of("format", data.format(), "allowed", "IDX"));
        }
        return IdxDataset.read(data.file(), data.labels().get());
    }

    private static int[] all(int count) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        return indices;
    }

    public int rows() {
        return train.data().rows();
    }

    public int cols() {
        return train.data().cols();
    }

    /** The labels the training images carry, as text in their stable order. */
    public java.util.List<String> trainingLabels() {
        TreeSet<Integer> labels = new TreeSet<>();
        for (int k = 0; k < train.size(); k++) {
            labels.add(train.label(k));
        }
        return labels.stream().map(String::valueOf).toList();
    }
}
