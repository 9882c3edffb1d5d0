package io.meridian.training.trainers;

import java.util.List;

/**
 * Examples as one row-major float matrix for a neural network, with each row's label as an index
 * into the model's labels (-1 for a label the model does not have) and as text.
 */
public record DenseExamples(float[] features, int width, int[] labelIndices, String[] labels) {

    public int size() {
        return labelIndices.length;
    }

    public static DenseExamples fromCsv(CsvTable table, TabularEncoder encoder, int labelColumn, List<String> modelLabels) {
        int rows = table.rows().size();
        float[] features = new float[rows * encoder.width()];
        int[] indices = new int[rows];
        String[] labels = new String[rows];
        for (int i = 0; i < rows; i++) {
            String[] row = table.rows().get(i);
            encoder.dense(row, features, i * encoder.width());
            labels[i] = row[labelColumn];
            indices[i] = modelLabels.indexOf(labels[i]);
        }
        return new DenseExamples(features, encoder.width(), indices, labels);
    }

    /** Pixels / 255, so that inputs lie in [0, 1]. */
    public static DenseExamples fromImages(IdxTrainingData.ImageSet images, List<String> modelLabels) {
        int width = images.data().pixelsPerImage();
        float[] features = new float[images.size() * width];
        int[] indices = new int[images.size()];
        String[] labels = new String[images.size()];
        byte[] pixels = images.data().pixels();
        for (int k = 0; k < images.size(); k++) {
            int from = images.indices()[k] * width;
            for (int p = 0; p < width; p++) {
                features[k * width + p] = (pixels[from + p] & 0xff) / 255f;
            }
            labels[k] = String.valueOf(images.label(k));
            indices[k] = modelLabels.indexOf(labels[k]);
        }
        return new DenseExamples(features, width, indices, labels);
    }

    /** Copies the rows at {@code order[from..from+count)} into {@code batch} and their label indices into {@code batchLabels}. */
    public void gather(int[] order, int from, int count, float[] batch, float[] batchLabels) {
        for (int b = 0; b < count; b++) {
            int row = order[from + b];
            System.arraycopy(features, row * width, batch, b * width, width);
            batchLabels[b] = labelIndices[row];
        }
    }
}
