package io.meridian.training.trainers;

import io.meridian.registry.Metrics;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;

import java.util.List;

/**
 * Trains a Tribuo logistic regression epoch by epoch on given examples and evaluates it: shared
 * by the tabular, image and text classifiers. Numeric features named in {@code transformations}
 * are standardized inside the model, so that serving passes raw values.
 */
final class TribuoLogisticFit {

    static final String EPOCHS = "epochs";
    static final String LEARNING_RATE = "learningRate";
    static final String OPTIMIZER = "optimizer";
    static final String MINIBATCH_SIZE = "minibatchSize";

    /** The hyperparameters of the SGD itself, with defaults that suit both tabular data and images. */
    static List<Hyperparameter> hyperparameters(int defaultEpochs) {
        return List.of(
                Hyperparameter.integer(EPOCHS, 1, 1000, defaultEpochs),
                Hyperparameter.number(LEARNING_RATE, 1e-6, 10, 0.1),
                Hyperparameter.choice(OPTIMIZER, TribuoOptimisers.NAMES, "adagrad"),
                Hyperparameter.integer(MINIBATCH_SIZE, 1, 4096, 1));
    }

    record Result(Model<Label> model, List<String> labels, Metrics metrics) {
    }

    private TribuoLogisticFit() {
    }

    static Result fit(TrainingRun run, Hyperparameters hyperparameters, List<Example<Label>> train,
                      List<Example<Label>> test, TransformationMap transformations) throws TrainingCancelledException {
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("nothing left to train on or to evaluate with");
        }
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> trainSet = TribuoDatasets.of(TribuoDatasets.describe(run.data(), "training split"), factory, train);
        MutableDataset<Label> testSet = TribuoDatasets.of("evaluation split", factory, test);
        List<String> labels = LabelOrder.of(train.stream().map(example -> example.getOutput().getLabel()).toList());
        HeldOutPredictions heldOut = new HeldOutPredictions(train);

        // the epoch snapshots see standardized features, as the model inside the transform does
        Dataset<Label> epochTestSet = transformations == null ? testSet
                : trainSet.createTransformers(transformations).transformDataset(testSet);
        int epochs = hyperparameters.integer(EPOCHS);
        EpochRecorder recorder = new EpochRecorder(run, epochs);
        EpochReportingLogisticSgd sgd = new EpochReportingLogisticSgd(
                TribuoOptimisers.of(hyperparameters.text(OPTIMIZER), hyperparameters.number(LEARNING_RATE)),
                epochs, hyperparameters.integer(MINIBATCH_SIZE), run.seed(),
                (epoch, loss, samplesPerSecond, snapshot) -> {
                    try {
                        recorder.record(epoch, loss, heldOut.accuracy(snapshot, epochTestSet), samplesPerSecond);
                    } catch (TrainingCancelledException e) {
                        throw new EpochWatch.Stop(e);
                    }
                });
        run.log().accept("training logistic regression on " + trainSet.size() + " examples, "
                + trainSet.getFeatureMap().size() + " features, " + labels.size() + " labels");
        Model<Label> model;
        try {
            model = transformations == null ? sgd.train(trainSet) : new TransformTrainer<>(sgd, transformations).train(trainSet);
        } catch (EpochWatch.Stop stop) {
            throw stop.cancellation();
        }
        long unknown = HeldOutPredictions.withoutKnownFeatures(model, testSet);
        if (unknown > 0) {
            run.log().accept(unknown + " held-out examples have no feature the model knows: counted as predicting the most frequent label, "
                    + heldOut.fallback());
        }
        List<String> truth = test.stream().map(example -> example.getOutput().getLabel()).toList();
        Metrics metrics = ClassificationEvaluation.of(labels, truth, heldOut.labels(model, testSet), recorder.lossCurve());
        return new Result(model, labels, metrics);
    }
}
