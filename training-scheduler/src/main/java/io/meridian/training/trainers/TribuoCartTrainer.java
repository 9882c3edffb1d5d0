package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Metrics;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTJointRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

import java.util.List;

/**
 * {@code tribuo-cart}: a CART decision tree classifying CSV rows.
 * <p>
 * Tribuo's own CART classifier (tribuo-classification-dtree) is missing from the Maven mirror,
 * so this grows Tribuo's joint regression tree on one-hot labels, which is the same tree: the
 * mean squared error of one-hot vectors in a node is its Gini impurity, Σₖ pₖ(1 − pₖ), so the
 * splits are those of a Gini CART, and each leaf predicts its class proportions. The predicted
 * label is the one with the highest proportion ({@link TribuoModels#classProbabilities}).
 */
public final class TribuoCartTrainer extends DeclaredTrainer {

    public static final String NAME = "tribuo-cart";
    static final String MAX_DEPTH = "maxDepth";
    static final String MIN_CHILD_WEIGHT = "minChildWeight";
    static final String MIN_IMPURITY_DECREASE = "minImpurityDecrease";
    static final String FRACTION_FEATURES_IN_SPLIT = "fractionFeaturesInSplit";

    private static final HyperparameterSpec SPEC = new HyperparameterSpec(
            Hyperparameter.integer(MAX_DEPTH, 1, 64, 10),
            Hyperparameter.number(MIN_CHILD_WEIGHT, 0, 1_000_000, 5),
            Hyperparameter.number(MIN_IMPURITY_DECREASE, 0, 1, 0),
            Hyperparameter.number(FRACTION_FEATURES_IN_SPLIT, 0.01, 1, 1));

    public TribuoCartTrainer() {
        super(NAME, List.of("CSV"), false, SPEC);
    }

    @Override
    public TrainingOutcome train(TrainingRun run) throws Exception {
        Hyperparameters hyperparameters = SPEC.resolve(run.hyperparameters());
        CsvTrainingData data = CsvTrainingData.load(run, hyperparameters.testFraction());
        TabularEncoder encoder = TabularEncoder.fit(data.schema(), data.train());
        int labelColumn = data.labelColumn();
        List<String> labels = LabelOrder.of(data.train().rows().stream().map(row -> row[labelColumn]).toList());
        String[] labelNames = labels.toArray(String[]::new);
        List<Example<Regressor>> train = TribuoExamples.fromCsv(data.train(), encoder, labelColumn,
                label -> oneHot(labelNames, label), run.log());
        List<Example<Regressor>> test = TribuoExamples.fromCsv(data.test(), encoder, labelColumn,
                label -> oneHot(labelNames, label), run.log());
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> trainSet = TribuoDatasets.of(TribuoDatasets.describe(run.data(), "training split"), factory, train);

        CARTJointRegressionTrainer cart = new CARTJointRegressionTrainer(hyperparameters.integer(MAX_DEPTH),
                (float) hyperparameters.number(MIN_CHILD_WEIGHT), (float) hyperparameters.number(MIN_IMPURITY_DECREASE),
                (float) hyperparameters.number(FRACTION_FEATURES_IN_SPLIT), new MeanSquaredError(), false, run.seed());
        long start = System.nanoTime();
        Model<Regressor> model = cart.train(trainSet);
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);

        List<String> truth = test.stream().map(example -> labelOf(example.getOutput())).toList();
        List<String> predicted = model.predict(test).stream().map(TribuoCartTrainer::predictedLabel).toList();
        // a tree has no epochs: its one "epoch" reports the training Brier score, the loss it minimized
        EpochRecorder recorder = new EpochRecorder(run, 1);
        recorder.record(1, brierScore(model, train), accuracy(truth, predicted), train.size() / seconds);
        Metrics metrics = ClassificationEvaluation.of(labels, truth, predicted, recorder.lossCurve());
        return new TrainingOutcome(TribuoArtifacts.write(model, run.workDirectory()), ArtifactFormat.TRIBUO,
                ModelTask.CLASSIFICATION, new Signature(encoder.signatureInputs(), labels), metrics,
                hyperparameters.asStrings(), TribuoArtifacts.provenanceJson(model), "cpu()");
    }

    private static Regressor oneHot(String[] labels, String label) {
        int index = java.util.Arrays.asList(labels).indexOf(label);
        if (index < 0) {
            // a test label no training row had: an extra dimension keeps it as truth; the tree cannot predict it
            String[] withLabel = java.util.Arrays.copyOf(labels, labels.length + 1);
            withLabel[labels.length] = label;
            return oneHot(withLabel, label);
        }
        double[] values = new double[labels.length];
        values[index] = 1;
        return new Regressor(labels, values);
    }

    private static String labelOf(Regressor oneHot) {
        String[] names = oneHot.getNames();
        double[] values = oneHot.getValues();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 1) {
                return names[i];
            }
        }
        return "";
    }

    private static String predictedLabel(Prediction<Regressor> prediction) {
        return TribuoModels.classProbabilities(prediction).keySet().iterator().next();
    }

    private static double brierScore(Model<Regressor> model, List<Example<Regressor>> examples) {
        double sum = 0;
        for (Prediction<Regressor> prediction : model.predict(examples)) {
            double[] truth = prediction.getExample().getOutput().getValues();
            double[] probabilities = prediction.getOutput().getValues();
            for (int i = 0; i < truth.length; i++) {
                sum += (truth[i] - probabilities[i]) * (truth[i] - probabilities[i]);
            }
        }
        return sum / examples.size();
    }

    private static double accuracy(List<String> truth, List<String> predicted) {
        long correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        return correct / (double) truth.size();
    }
}
