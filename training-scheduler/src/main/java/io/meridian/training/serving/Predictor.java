package io.meridian.training.serving;

import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;

import java.util.List;
import java.util.Map;

/**
 * A loaded model version, shared by all requests: thread-safe. Load it once with
 * {@link Predictors#load} and close it when it is evicted, which frees what it holds (native
 * memory of DJL models); calls after that throw {@link IllegalStateException}.
 */
public interface Predictor extends AutoCloseable {

    Signature signature();

    ModelTask task();

    /**
     * The problems of {@code rows} against the signature ({@link InputValidation}); empty when
     * {@link #predict} will take them. {@code predict} checks again itself.
     */
    List<Violation> validate(List<Map<String, Object>> rows);

    /**
     * One prediction per row, in order. A row maps each input of the signature to its JSON-decoded
     * value (Number, String, Boolean, null for a missing tabular value, nested Lists of numbers for a
     * tensor).
     *
     * @throws InvalidInputException when {@link #validate} finds problems, or when a row gives the
     *                               model no feature it knows ({@code field.no-known-features})
     */
    List<Prediction> predict(List<Map<String, Object>> rows);

    /**
     * Scores a column batch in process, without an object per row or value; the rows are not
     * validated (see {@link ColumnBatch} for what it must hold).
     *
     * @throws InvalidInputException       when a row gives the model no feature it knows
     * @throws IllegalArgumentException when the batch lacks an input or holds one of the wrong kind
     */
    BatchPredictions predictBatch(ColumnBatch batch);

    @Override
    void close();
}
