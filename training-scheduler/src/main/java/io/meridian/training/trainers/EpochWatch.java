package io.meridian.training.trainers;

import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.la.SGDVector;

/**
 * Sees Tribuo's SGD loop from inside: Tribuo computes the loss of every training example once
 * per epoch through its objective, so this wrapper counts those calls and, when the next epoch
 * begins, reports the one that ended (mean loss, samples per second). Tribuo has no per-epoch
 * hook; this keeps its own, tested loop instead of rewriting it. The last epoch ends when
 * training returns: the trainer calls {@link #finishEpoch()} then.
 */
final class EpochWatch<U> implements SGDObjective<U> {

    /** Told when an epoch ended; may throw {@link Stop} to end training. */
    @FunctionalInterface
    interface EpochEnd {
        void ended(int epoch, double meanLoss, double samplesPerSecond);
    }

    /** Ends training from inside Tribuo's loop, which only unchecked exceptions can leave. */
    static final class Stop extends RuntimeException {
        Stop(TrainingCancelledException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        TrainingCancelledException cancellation() {
            return (TrainingCancelledException) getCause();
        }
    }

    private final SGDObjective<U> objective;
    private final int examplesPerEpoch;
    private final EpochEnd epochEnd;
    private final double lossScale;
    private long calls;
    private int epoch;
    private double lossSum;
    private long epochStart;

    /**
     * @param lossScale turns the objective's value into the reported loss: Tribuo's log loss
     *                  returns the log-likelihood (−1 makes it cross-entropy), its squared loss
     *                  half the squared error (2 makes it the mean squared error)
     */
    EpochWatch(SGDObjective<U> objective, int examplesPerEpoch, double lossScale, EpochEnd epochEnd) {
        this.objective = objective;
        this.lossScale = lossScale;
        this.examplesPerEpoch = examplesPerEpoch;
        this.epochEnd = epochEnd;
    }

    @Override
    public Pair<Double, SGDVector> lossAndGradient(U truth, SGDVector prediction) {
        if (calls == 0) {
            epochStart = System.nanoTime();
        } else if (calls % examplesPerEpoch == 0) {
            // the previous epoch's last update has been applied by now, also with minibatches
            finishEpoch();
        }
        calls++;
        Pair<Double, SGDVector> result = objective.lossAndGradient(truth, prediction);
        lossSum += lossScale * result.getA();
        return result;
    }

    void finishEpoch() {
        double seconds = Math.max(1e-9, (System.nanoTime() - epochStart) / 1e9);
        epoch++;
        epochEnd.ended(epoch, lossSum / examplesPerEpoch, examplesPerEpoch / seconds);
        lossSum = 0;
        // evaluation after an epoch is not training time
        epochStart = System.nanoTime();
    }

    @Override
    public ConfiguredObjectProvenance getProvenance() {
        return objective.getProvenance();
    }
}
