package io.meridian.training.serving;

import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Tribuo model in process. Tribuo's models are immutable once trained, so one instance serves
 * every thread. Rows go through Tribuo's own {@code predict}; a column batch goes through
 * {@link LinearScorer} when the model is linear, else row by row through Tribuo.
 */
final class TribuoPredictor<T extends Output<T>> implements Predictor {

    private volatile Model<T> model;
    private final ImmutableFeatureMap features;
    private final Signature signature;
    private final ModelTask task;
    private final InputValidation validation;
    private final TribuoInput input;
    private final TribuoOutputReader<T> output;
    private final T unknownOutput;
    /** null for a regression */
    private final LabelRanking ranking;
    /** null when the batch goes through Tribuo row by row */
    private final LinearScorer linear;

    TribuoPredictor(Model<T> model, Signature signature, ModelTask task, InputValidation validation, TribuoInput input,
                    TribuoOutputReader<T> output, T unknownOutput, LabelRanking ranking, LinearScorer linear) {
        this.model = model;
        this.features = model.getFeatureIDMap();
        this.signature = signature;
        this.task = task;
        this.validation = validation;
        this.input = input;
        this.output = output;
        this.unknownOutput = unknownOutput;
        this.ranking = ranking;
        this.linear = linear;
    }

    @Override
    public Signature signature() {
        return signature;
    }

    @Override
    public ModelTask task() {
        return task;
    }

    /** Whether batches use the weight matrix directly (else Tribuo row by row). */
    boolean scoresBatchesLinearly() {
        return linear != null;
    }

    @Override
    public List<Violation> validate(List<Map<String, Object>> rows) {
        return validation.validate(rows);
    }

    @Override
    public List<Prediction> predict(List<Map<String, Object>> rows) {
        Model<T> current = open();
        List<Violation> violations = validation.validate(rows);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Prediction> predictions = new ArrayList<>(rows.size());
        List<Violation> unscorable = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Optional<Example<T>> example = input.example(unknownOutput, rows.get(i));
            if (example.isEmpty() || !knowsAFeatureOf(example.get())) {
                unscorable.add(Violation.of(FieldPaths.row(i), "field.no-known-features"));
            } else if (unscorable.isEmpty()) {
                predictions.add(answer(output.read(current.predict(example.get()))));
            }
        }
        if (!unscorable.isEmpty()) {
            throw new InvalidInputException(unscorable);
        }
        return predictions;
    }

    private Prediction answer(double[] values) {
        return ranking == null ? new ValuePrediction(values[0]) : ranking.rank(values);
    }

    @Override
    public BatchPredictions predictBatch(ColumnBatch batch) {
        Model<T> current = open();
        int width = ranking == null ? 1 : ranking.size();
        double[] results = new double[batch.rows() * width];
        List<Violation> unscorable = linear != null ? scoreLinearly(batch, results) : scoreByTribuo(current, batch, results, width);
        if (!unscorable.isEmpty()) {
            throw new InvalidInputException(unscorable);
        }
        if (ranking == null) {
            return BatchPredictions.ofValues(results);
        }
        float[] probabilities = new float[results.length];
        for (int i = 0; i < results.length; i++) {
            probabilities[i] = (float) results[i];
        }
        return BatchPredictions.ofClasses(ranking.labels(), probabilities);
    }

    private List<Violation> scoreLinearly(ColumnBatch batch, double[] results) {
        DenseInput dense = input.dense().orElseThrow();
        DenseInput.Rows rows = dense.rows(batch);
        double[] row = new double[dense.dimensionNames().size()];
        List<Violation> unscorable = new ArrayList<>();
        for (int r = 0; r < batch.rows(); r++) {
            rows.write(r, row);
            if (!linear.score(row, results, r * linear.outputs())) {
                unscorable.add(Violation.of(FieldPaths.row(r), "field.no-known-features"));
            }
        }
        return unscorable;
    }

    private List<Violation> scoreByTribuo(Model<T> current, ColumnBatch batch, double[] results, int width) {
        TribuoInput.BatchReader reader = input.reader(batch);
        List<Violation> unscorable = new ArrayList<>();
        for (int r = 0; r < batch.rows(); r++) {
            Optional<Example<T>> example = reader.example(unknownOutput, r);
            if (example.isEmpty() || !knowsAFeatureOf(example.get())) {
                unscorable.add(Violation.of(FieldPaths.row(r), "field.no-known-features"));
            } else {
                System.arraycopy(output.read(current.predict(example.get())), 0, results, r * width, width);
            }
        }
        return unscorable;
    }

    /** Tribuo throws on an example none of whose features it knows (a text of unseen words): refused before. */
    private boolean knowsAFeatureOf(Example<T> example) {
        for (Feature feature : example) {
            if (features.getID(feature.getName()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Model<T> open() {
        Model<T> current = model;
        if (current == null) {
            throw new IllegalStateException("the model has been closed");
        }
        return current;
    }

    /** Drops the model (Tribuo holds only heap memory), so that an evicted version can be collected even if this is still referenced. */
    @Override
    public void close() {
        model = null;
    }
}
