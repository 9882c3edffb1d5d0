package io.meridian.training.trainers;

import io.meridian.registry.Violation;

import java.util.List;
import java.util.Map;

/**
 * One way of turning a dataset into a model (Tribuo logistic regression, a DJL multilayer
 * perceptron, …). Implementations are stateless and thread-safe: one instance serves every job.
 */
public interface Trainer {

    /** The name a job names it by, e.g. {@code tribuo-logistic-regression}; stable, lower-case. */
    String name();

    /** The dataset formats it reads ({@code CSV}, {@code IDX}). */
    List<String> datasetFormats();

    /** Whether it can use GPUs at all; a job asking GPUs of a trainer that cannot is refused. */
    boolean usesGpus();

    /**
     * Checks a job's hyperparameters before the job is queued: unknown names, wrong types, values
     * out of range. Field paths are {@code hyperparameters.<name>}; an empty list means valid.
     */
    List<Violation> validate(Map<String, Object> hyperparameters);

    /**
     * Trains, evaluates on the held-out split (or the run's test data) and writes the artifact
     * under {@link TrainingRun#workDirectory()}. Reports progress once per epoch, checks
     * {@link TrainingRun#cancelled()} at least once per epoch (and per batch where it can) and
     * then throws {@link TrainingCancelledException}.
     */
    TrainingOutcome train(TrainingRun run) throws Exception;
}
