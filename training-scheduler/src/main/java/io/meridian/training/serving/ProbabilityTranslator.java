package io.meridian.training.serving;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Rows already encoded as one row-major matrix in, each row's label probabilities out (the
 * network ends in logits; the softmax is here, as in training's evaluation). The rows are one
 * tensor, so a batch is one forward pass rather than one per row.
 */
final class ProbabilityTranslator implements NoBatchifyTranslator<ProbabilityTranslator.Rows, float[]> {

    /** {@code rows} rows of {@code width} values at the start of {@code values}. */
    record Rows(float[] values, int rows, int width) {
    }

    @Override
    public NDList processInput(TranslatorContext context, Rows input) {
        float[] values = input.values().length == input.rows() * input.width() ? input.values()
                : java.util.Arrays.copyOf(input.values(), input.rows() * input.width());
        return new NDList(context.getNDManager().create(values, new Shape(input.rows(), input.width())));
    }

    @Override
    public float[] processOutput(TranslatorContext context, NDList output) {
        return output.singletonOrThrow().softmax(1).toFloatArray();
    }
}
