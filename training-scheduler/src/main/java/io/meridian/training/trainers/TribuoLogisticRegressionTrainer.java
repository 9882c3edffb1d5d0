package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import org.tribuo.Example;
import org.tribuo.classification.Label;

import java.util.List;

/**
 * {@code tribuo-logistic-regression}: multiclass logistic regression by Tribuo's linear SGD, on
 * CSV (numbers standardized, categories one-hot) or IDX images (pixels / 255).
 */
public final class TribuoLogisticRegressionTrainer extends DeclaredTrainer {

    public static final String NAME = "tribuo-logistic-regression";

    private static final HyperparameterSpec SPEC = new HyperparameterSpec(
            TribuoLogisticFit.hyperparameters(10).toArray(Hyperparameter[]::new));

    public TribuoLogisticRegressionTrainer() {
        super(NAME, List.of("CSV", "IDX"), false, SPEC);
    }

    @Override
    public TrainingOutcome train(TrainingRun run) throws Exception {
        Hyperparameters hyperparameters = SPEC.resolve(run.hyperparameters());
        return "IDX".equals(run.data().format()) ? trainOnImages(run, hyperparameters) : trainOnCsv(run, hyperparameters);
    }

    private TrainingOutcome trainOnCsv(TrainingRun run, Hyperparameters hyperparameters) throws Exception {
        CsvTrainingData data = CsvTrainingData.load(run, hyperparameters.testFraction());
        TabularEncoder encoder = TabularEncoder.fit(data.schema(), data.train());
        List<Example<Label>> train = TribuoExamples.fromCsv(data.train(), encoder, data.labelColumn(), Label::new, run.log());
        List<Example<Label>> test = TribuoExamples.fromCsv(data.test(), encoder, data.labelColumn(), Label::new, run.log());
        TribuoLogisticFit.Result result = TribuoLogisticFit.fit(run, hyperparameters, train, test,
                TribuoDatasets.standardizing(encoder));
        return outcome(run, hyperparameters, result, ModelTask.CLASSIFICATION, new Signature(encoder.signatureInputs(), result.labels()));
    }

    private TrainingOutcome trainOnImages(TrainingRun run, Hyperparameters hyperparameters) throws Exception {
        IdxTrainingData data = IdxTrainingData.load(run, hyperparameters.testFraction());
        String[] pixelNames = IdxFeatures.pixelNames(data.rows() * data.cols());
        List<Example<Label>> train = TribuoExamples.fromImages(data.train(), pixelNames, run.log());
        List<Example<Label>> test = TribuoExamples.fromImages(data.test(), pixelNames, run.log());
        TribuoLogisticFit.Result result = TribuoLogisticFit.fit(run, hyperparameters, train, test, null);
        Signature signature = new Signature(List.of(IdxFeatures.signatureInput(data.rows(), data.cols())), result.labels());
        return outcome(run, hyperparameters, result, ModelTask.IMAGE_CLASSIFICATION, signature);
    }

    private static TrainingOutcome outcome(TrainingRun run, Hyperparameters hyperparameters, TribuoLogisticFit.Result result,
                                           ModelTask task, Signature signature) throws java.io.IOException {
        return new TrainingOutcome(TribuoArtifacts.write(result.model(), run.workDirectory()), ArtifactFormat.TRIBUO, task,
                signature, result.metrics(), hyperparameters.asStrings(), TribuoArtifacts.provenanceJson(result.model()), "cpu()");
    }
}
