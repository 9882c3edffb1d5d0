package io.meridian.training.trainers;

/** Receives a running job's progress; the platform records it and streams it to clients. */
@FunctionalInterface
public interface ProgressListener {

    void epochFinished(EpochProgress progress);
}
