package io.meridian.training.serving;

import io.meridian.training.trainers.IdxFeatures;
import io.meridian.training.trainers.TribuoExamples;
import org.tribuo.Example;
import org.tribuo.Output;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An IDX-trained Tribuo model's input: a tensor of pixels 0–255, as the dataset holds them; non-zero pixels / 255. */
final class ImageTribuoInput implements TribuoInput, DenseInput {

    private final String name;
    private final String[] pixelNames;

    ImageTribuoInput(String name, int pixels) {
        this.name = name;
        this.pixelNames = IdxFeatures.pixelNames(pixels);
    }

    @Override
    public <T extends Output<T>> Optional<Example<T>> example(T output, Map<String, Object> row) {
        double[] pixels = new double[pixelNames.length];
        TensorValues.flatten(row.get(name), pixels, 0);
        return TribuoExamples.ofImage(output, p -> pixels[p], pixelNames);
    }

    @Override
    public BatchReader reader(ColumnBatch batch) {
        float[] pixels = batch.tensor(name, pixelNames.length);
        return new BatchReader() {
            @Override
            public <T extends Output<T>> Optional<Example<T>> example(T output, int row) {
                int from = row * pixelNames.length;
                return TribuoExamples.ofImage(output, p -> pixels[from + p], pixelNames);
            }
        };
    }

    @Override
    public Optional<DenseInput> dense() {
        return Optional.of(this);
    }

    @Override
    public List<String> dimensionNames() {
        return Arrays.asList(pixelNames);
    }

    @Override
    public boolean zeroIsAbsent(int dimension) {
        return true;
    }

    @Override
    public Rows rows(ColumnBatch batch) {
        float[] pixels = batch.tensor(name, pixelNames.length);
        return (row, out) -> {
            int from = row * pixelNames.length;
            for (int p = 0; p < pixelNames.length; p++) {
                out[p] = IdxFeatures.tribuoValue(pixels[from + p]);
            }
        };
    }
}
