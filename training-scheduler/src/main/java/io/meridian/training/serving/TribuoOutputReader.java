package io.meridian.training.serving;

import io.meridian.training.trainers.TribuoModels;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import java.util.Map;

/**
 * Reads a Tribuo prediction as numbers: a classifier's probabilities in the signature's label
 * order, or a regression's one value.
 */
@FunctionalInterface
interface TribuoOutputReader<T extends Output<T>> {

    double[] read(Prediction<T> prediction);

    /** A logistic regression: the label scores (softmax probabilities). */
    static TribuoOutputReader<Label> labels(LabelRanking ranking) {
        return prediction -> {
            double[] probabilities = new double[ranking.size()];
            for (Map.Entry<String, Label> score : prediction.getOutputScores().entrySet()) {
                probabilities[ranking.index(score.getKey())] = score.getValue().getScore();
            }
            return probabilities;
        };
    }

    /** A {@code tribuo-cart} tree: its leaf's class proportions, one regression dimension per label. */
    static TribuoOutputReader<Regressor> cartClasses(LabelRanking ranking) {
        return prediction -> {
            double[] probabilities = new double[ranking.size()];
            TribuoModels.classProbabilities(prediction).forEach((label, probability) -> probabilities[ranking.index(label)] = probability);
            return probabilities;
        };
    }

    /** A linear regression of one label column. */
    static TribuoOutputReader<Regressor> value() {
        return prediction -> new double[] {prediction.getOutput().getValues()[0]};
    }
}
