package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Metrics;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.training.datasets.ColumnType;
import io.meridian.training.datasets.DatasetFormatException;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;

import java.util.List;
import java.util.Map;

/**
 * {@code tribuo-linear-regression}: a linear model of a numeric label column by Tribuo's linear
 * SGD with squared loss; numbers standardized inside the model, categories one-hot.
 */
public final class TribuoLinearRegressionTrainer extends DeclaredTrainer {

    public static final String NAME = "tribuo-linear-regression";

    private static final HyperparameterSpec SPEC = new HyperparameterSpec(
            Hyperparameter.integer(TribuoLogisticFit.EPOCHS, 1, 1000, 20),
            Hyperparameter.number(TribuoLogisticFit.LEARNING_RATE, 1e-6, 10, 0.1),
            Hyperparameter.choice(TribuoLogisticFit.OPTIMIZER, TribuoOptimisers.NAMES, "adagrad"),
            Hyperparameter.integer(TribuoLogisticFit.MINIBATCH_SIZE, 1, 4096, 1));

    public TribuoLinearRegressionTrainer() {
        super(NAME, List.of("CSV"), false, SPEC);
    }

    @Override
    public TrainingOutcome train(TrainingRun run) throws Exception {
        Hyperparameters hyperparameters = SPEC.resolve(run.hyperparameters());
        CsvTrainingData data = CsvTrainingData.load(run, hyperparameters.testFraction());
        String label = data.schema().labelColumn();
        ColumnType labelType = data.schema().columns().stream().filter(column -> column.name().equals(label))
                .findFirst().orElseThrow().type();
        if (labelType != ColumnType.INTEGER && labelType != ColumnType.FLOAT) {
            throw new DatasetFormatException("field.label-not-numeric", Map.of("column", label, "type", labelType.name()));
        }
        TabularEncoder encoder = TabularEncoder.fit(data.schema(), data.train());
        int labelColumn = data.labelColumn();
        List<Example<Regressor>> train = TribuoExamples.fromCsv(data.train(), encoder, labelColumn,
                value -> new Regressor(label, parse(label, value)), run.log());
        List<Example<Regressor>> test = TribuoExamples.fromCsv(data.test(), encoder, labelColumn,
                value -> new Regressor(label, parse(label, value)), run.log());
        MutableDataset<Regressor> trainSet = TribuoDatasets.of(TribuoDatasets.describe(run.data(), "training split"),
                new RegressionFactory(), train);

        int epochs = hyperparameters.integer(TribuoLogisticFit.EPOCHS);
        EpochRecorder recorder = new EpochRecorder(run, epochs);
        double[] labels = train.stream().mapToDouble(example -> example.getOutput().getValues()[0]).toArray();
        String optimiser = hyperparameters.text(TribuoLogisticFit.OPTIMIZER);
        EpochReportingLinearSgd sgd = new EpochReportingLinearSgd(
                TribuoOptimisers.of(optimiser, learningRateInLabelUnits(optimiser, hyperparameters.number(TribuoLogisticFit.LEARNING_RATE), labels)),
                epochs, hyperparameters.integer(TribuoLogisticFit.MINIBATCH_SIZE), run.seed(), mean(labels),
                (epoch, loss, samplesPerSecond) -> {
                    try {
                        recorder.record(epoch, loss, Double.NaN, samplesPerSecond);
                    } catch (TrainingCancelledException e) {
                        throw new EpochWatch.Stop(e);
                    }
                });
        Model<Regressor> model;
        try {
            TransformationMap standardizing = TribuoDatasets.standardizing(encoder);
            model = standardizing == null ? sgd.train(trainSet) : new TransformTrainer<>(sgd, standardizing).train(trainSet);
        } catch (EpochWatch.Stop stop) {
            throw stop.cancellation();
        }

        double[] truth = test.stream().mapToDouble(example -> example.getOutput().getValues()[0]).toArray();
        double[] predicted = model.predict(test).stream().mapToDouble(prediction -> prediction.getOutput().getValues()[0]).toArray();
        Metrics metrics = RegressionEvaluation.of(truth, predicted, recorder.lossCurve());
        return new TrainingOutcome(TribuoArtifacts.write(model, run.workDirectory()), ArtifactFormat.TRIBUO,
                ModelTask.REGRESSION, new Signature(encoder.signatureInputs(), List.of()), metrics,
                hyperparameters.asStrings(), TribuoArtifacts.provenanceJson(model), "cpu()");
    }

    /**
     * The learning rate is meant for the label in standard units, so that one value suits prices
     * in millions and rates in fractions. AdaGrad and Adam take steps of about the learning rate
     * whatever the gradient's scale, so their rate is multiplied by the label's standard
     * deviation; plain SGD's steps already grow with the residuals, in label units.
     */
    static double learningRateInLabelUnits(String optimiser, double learningRate, double[] labels) {
        if (optimiser.equals("sgd")) {
            return learningRate;
        }
        double mean = mean(labels);
        double squares = 0;
        for (double label : labels) {
            squares += (label - mean) * (label - mean);
        }
        double std = Math.sqrt(squares / labels.length);
        return learningRate * (std > 0 ? std : 1);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double parse(String column, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new DatasetFormatException("field.not-a-number", Map.of("column", column, "value", value));
        }
    }
}
