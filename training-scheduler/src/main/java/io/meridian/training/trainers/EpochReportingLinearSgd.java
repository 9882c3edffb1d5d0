package io.meridian.training.trainers;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import org.tribuo.Dataset;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseVector;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDModel;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tribuo's linear regression (linear SGD, squared loss) that reports every epoch, its intercept
 * starting at the label's mean (Tribuo starts at 0, which for labels far from 0 costs epochs of
 * walking the intercept there). One instance per run.
 */
final class EpochReportingLinearSgd extends LinearSGDTrainer {

    private final EpochWatch.EpochEnd listener;
    private final double interceptStart;
    private Dataset<Regressor> dataset;
    private EpochWatch<DenseVector> watch;

    EpochReportingLinearSgd(StochasticGradientOptimiser optimiser, int epochs, int minibatchSize, long seed,
                            double interceptStart, EpochWatch.EpochEnd listener) {
        super(new SquaredLoss(), optimiser, epochs, -1, minibatchSize, seed);
        this.interceptStart = interceptStart;
        this.listener = listener;
    }

    @Override
    protected LinearParameters createParameters(int numFeatures, int numOutputs, SplittableRandom localRNG) {
        LinearParameters parameters = super.createParameters(numFeatures, numOutputs, localRNG);
        // the bias is the feature after the last one (Tribuo's addBias)
        for (int output = 0; output < numOutputs; output++) {
            parameters.getWeightMatrix().set(output, numFeatures, interceptStart);
        }
        return parameters;
    }

    @Override
    public LinearSGDModel train(Dataset<Regressor> examples, Map<String, Provenance> runProvenance, int invocationCount) {
        this.dataset = examples;
        LinearSGDModel model = super.train(examples, runProvenance, invocationCount);
        watch.finishEpoch();
        return model;
    }

    @Override
    protected SGDObjective<DenseVector> getObjective() {
        watch = new EpochWatch<>(super.getObjective(), dataset.size(), 2, listener);
        return watch;
    }
}
