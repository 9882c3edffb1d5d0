package io.meridian.training.serving;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import io.meridian.registry.Feature;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;
import io.meridian.registry.artifacts.Directories;
import io.meridian.training.trainers.DjlEngines;
import io.meridian.training.trainers.DjlMlpModels;
import io.meridian.training.trainers.MlpServingSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code djl-mlp} model: rows encoded as its training encoded them, then one forward pass per
 * call (per chunk of a column batch) on a predictor borrowed from the model's {@link PredictorPool}.
 */
final class DjlMlpPredictor implements Predictor {

    private static final System.Logger LOG = System.getLogger(DjlMlpPredictor.class.getName());

    /** Rows per forward pass of a column batch: large enough that the per-call cost vanishes, small enough to interleave callers. */
    static final int BATCH_CHUNK_ROWS = 4096;

    private final DjlMlpModels.LoadedMlp mlp;
    private final PredictorPool pool;
    private final MlpInput input;
    private final InputValidation validation;
    private final LabelRanking ranking;
    private final Signature signature;
    private final ModelTask task;

    private DjlMlpPredictor(DjlMlpModels.LoadedMlp mlp, PredictorPool pool, MlpInput input, InputValidation validation,
                            LabelRanking ranking, Signature signature, ModelTask task) {
        this.mlp = mlp;
        this.pool = pool;
        this.input = input;
        this.validation = validation;
        this.ranking = ranking;
        this.signature = signature;
        this.task = task;
    }

    static DjlMlpPredictor load(Path artifact, Signature signature, ModelTask task, ServingOptions options) throws IOException {
        Device device = DjlEngines.device(options.gpu() ? 1 : 0, line -> LOG.log(System.Logger.Level.WARNING, line));
        // the parameters are read into (native) memory by load: the unzipped files are not needed afterwards
        Path directory = Files.createTempDirectory("meridian-mlp-");
        DjlMlpModels.LoadedMlp mlp;
        try {
            mlp = DjlMlpModels.load(artifact, directory, device);
        } catch (MalformedModelException e) {
            throw new IOException("the artifact is no loadable djl-mlp model", e);
        } finally {
            Directories.deleteTree(directory);
        }
        try {
            MlpServingSpec spec = mlp.spec();
            if (!spec.labels().equals(signature.labels())) {
                throw new IllegalArgumentException("the model's labels " + spec.labels() + " differ from its signature's " + signature.labels());
            }
            MlpInput input;
            InputValidation validation;
            if ("image".equals(spec.input())) {
                Feature tensor = signature.inputs().getFirst();
                input = new ImageMlpInput(tensor.name(), spec.inputWidth(), spec.pixelScale());
                validation = new InputValidation(signature, Map.of(), options);
            } else {
                TabularMlpInput tabular = new TabularMlpInput(spec.encoder());
                input = tabular;
                validation = new InputValidation(signature, tabular.categories(), options);
            }
            if (input.width() != spec.inputWidth()) {
                throw new IllegalArgumentException("the encoding gives " + input.width() + " values, the network takes " + spec.inputWidth());
            }
            PredictorPool pool = new PredictorPool(mlp.model(), options.predictorPoolSize(), options.borrowTimeout());
            return new DjlMlpPredictor(mlp, pool, input, validation, new LabelRanking(spec.labels()), signature, task);
        } catch (RuntimeException e) {
            mlp.close();
            throw e;
        }
    }

    @Override
    public Signature signature() {
        return signature;
    }

    @Override
    public ModelTask task() {
        return task;
    }

    @Override
    public List<Violation> validate(List<Map<String, Object>> rows) {
        return validation.validate(rows);
    }

    @Override
    public List<Prediction> predict(List<Map<String, Object>> rows) {
        List<Violation> violations = validation.validate(rows);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        float[] probabilities = pool.probabilities(input.encode(rows), rows.size(), input.width());
        List<Prediction> predictions = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            predictions.add(ranking.rank(probabilities, i * ranking.size()));
        }
        return predictions;
    }

    @Override
    public BatchPredictions predictBatch(ColumnBatch batch) {
        MlpInput.BatchEncoder encoder = input.encoder(batch);
        int labels = ranking.size();
        float[] probabilities = new float[batch.rows() * labels];
        float[] chunk = new float[Math.min(BATCH_CHUNK_ROWS, Math.max(batch.rows(), 1)) * input.width()];
        for (int from = 0; from < batch.rows(); from += BATCH_CHUNK_ROWS) {
            int count = Math.min(BATCH_CHUNK_ROWS, batch.rows() - from);
            encoder.encode(from, count, chunk);
            float[] answers = pool.probabilities(chunk, count, input.width());
            System.arraycopy(answers, 0, probabilities, from * labels, count * labels);
        }
        return BatchPredictions.ofClasses(ranking.labels(), probabilities);
    }

    /** The pool, for tests that check every predictor comes back. */
    PredictorPool pool() {
        return pool;
    }

    /** The loaded network, for tests that check closing frees it. */
    DjlMlpModels.LoadedMlp mlp() {
        return mlp;
    }

    /** Waits for calls in flight, closes the predictors, then frees the network's native memory. */
    @Override
    public void close() {
        pool.close();
        mlp.close();
    }
}
