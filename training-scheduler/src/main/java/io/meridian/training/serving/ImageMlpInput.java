package io.meridian.training.serving;

import java.util.List;
import java.util.Map;

/** An IDX-trained MLP's input: a tensor of pixels 0–255 divided by the spec's pixel scale, as {@code DenseExamples} did in training. */
final class ImageMlpInput implements MlpInput {

    private final String name;
    private final int width;
    private final float pixelScale;

    ImageMlpInput(String name, int width, float pixelScale) {
        this.name = name;
        this.width = width;
        this.pixelScale = pixelScale;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public float[] encode(List<Map<String, Object>> rows) {
        float[] out = new float[rows.size() * width];
        double[] pixels = new double[width];
        for (int i = 0; i < rows.size(); i++) {
            TensorValues.flatten(rows.get(i).get(name), pixels, 0);
            for (int p = 0; p < width; p++) {
                out[i * width + p] = (float) pixels[p] / pixelScale;
            }
        }
        return out;
    }

    @Override
    public BatchEncoder encoder(ColumnBatch batch) {
        float[] pixels = batch.tensor(name, width);
        return (from, count, out) -> {
            for (int i = 0; i < count * width; i++) {
                out[i] = pixels[from * width + i] / pixelScale;
            }
        };
    }
}
