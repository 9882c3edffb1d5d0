package io.meridian.training.trainers;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.provenance.ModelProvenance;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tribuo's logistic regression (linear SGD, multiclass log loss) that reports every epoch with
 * a snapshot model of the weights at that point, for held-out accuracy. One instance per run.
 */
final class EpochReportingLogisticSgd extends LinearSGDTrainer {

    @FunctionalInterface
    interface EpochListener {
        void ended(int epoch, double meanLoss, double samplesPerSecond, Model<Label> snapshot);
    }

    private final EpochListener listener;
    private Dataset<Label> dataset;
    private LinearParameters parameters;
    private EpochWatch<Integer> watch;

    EpochReportingLogisticSgd(StochasticGradientOptimiser optimiser, int epochs, int minibatchSize, long seed,
                              EpochListener listener) {
        super(new LogMulticlass(), optimiser, epochs, -1, minibatchSize, seed);
        this.listener = listener;
    }

    @Override
    public LinearSGDModel train(Dataset<Label> examples, Map<String, Provenance> runProvenance, int invocationCount) {
        this.dataset = examples;
        LinearSGDModel model = super.train(examples, runProvenance, invocationCount);
        watch.finishEpoch();
        return model;
    }

    @Override
    protected SGDObjective<Integer> getObjective() {
        watch = new EpochWatch<>(super.getObjective(), dataset.size(), -1,
                (epoch, loss, samplesPerSecond) -> listener.ended(epoch, loss, samplesPerSecond, snapshot()));
        return watch;
    }

    @Override
    protected LinearParameters createParameters(int numFeatures, int numOutputs, SplittableRandom localRNG) {
        parameters = super.createParameters(numFeatures, numOutputs, localRNG);
        return parameters;
    }

    /** A model over the weights as they are now; training waits while it is used. */
    private Model<Label> snapshot() {
        ModelProvenance provenance = new ModelProvenance(LinearSGDModel.class.getName(), OffsetDateTime.now(),
                dataset.getProvenance(), getProvenance());
        return createModel("epoch-snapshot", provenance, dataset.getFeatureIDMap(), dataset.getOutputIDInfo(), parameters);
    }
}
