package io.meridian.training.trainers;

/** Thrown by a trainer that noticed its job was cancelled; the attempt ends CANCELLED, not FAILED. */
public final class TrainingCancelledException extends Exception {

    public TrainingCancelledException() {
        super("the training job was cancelled", null, false, false);
    }
}
