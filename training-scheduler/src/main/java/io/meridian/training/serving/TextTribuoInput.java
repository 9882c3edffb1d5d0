package io.meridian.training.serving;

import io.meridian.training.trainers.TribuoExamples;
import org.tribuo.Example;
import org.tribuo.Output;

import java.util.Map;
import java.util.Optional;

/** A text classifier's input: the words (and bigrams) of {@link io.meridian.training.trainers.IcuWordFeatures}, as in training. */
final class TextTribuoInput implements TribuoInput {

    private final String name;
    private final boolean bigrams;

    /** @param bigrams whether training counted bigrams (the model then knows {@code b=} features) */
    TextTribuoInput(String name, boolean bigrams) {
        this.name = name;
        this.bigrams = bigrams;
    }

    @Override
    public <T extends Output<T>> Optional<Example<T>> example(T output, Map<String, Object> row) {
        return TribuoExamples.ofText(output, (String) row.get(name), bigrams);
    }

    @Override
    public BatchReader reader(ColumnBatch batch) {
        String[] texts = batch.strings(name);
        return new BatchReader() {
            @Override
            public <T extends Output<T>> Optional<Example<T>> example(T output, int row) {
                return texts[row] == null ? Optional.empty() : TribuoExamples.ofText(output, texts[row], bigrams);
            }
        };
    }

    @Override
    public Optional<DenseInput> dense() {
        return Optional.empty();
    }
}
