package io.meridian.training.trainers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records each finished epoch of a run: reports it as progress, writes a log line, keeps the loss
 * curve, and stops the run when its job has been cancelled meanwhile.
 */
final class EpochRecorder {

    private final TrainingRun run;
    private final int epochs;
    private final List<Double> lossCurve = new ArrayList<>();

    EpochRecorder(TrainingRun run, int epochs) {
        this.run = run;
        this.epochs = epochs;
    }

    void record(int epoch, double loss, double accuracy, double samplesPerSecond) throws TrainingCancelledException {
        if (Double.isFinite(loss)) {
            lossCurve.add(loss);
        }
        run.progress().epochFinished(new EpochProgress(epoch, epochs, loss, accuracy, samplesPerSecond));
        run.log().accept(String.format(Locale.ROOT, "epoch %d/%d: loss %.4f%s, %.0f samples/s", epoch, epochs, loss,
                Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, ", held-out accuracy %.4f", accuracy),
                samplesPerSecond));
        run.checkCancelled();
    }

    List<Double> lossCurve() {
        return List.copyOf(lossCurve);
    }
}
