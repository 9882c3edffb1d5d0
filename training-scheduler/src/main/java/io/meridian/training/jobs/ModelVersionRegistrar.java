package io.meridian.training.jobs;

import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.Lineage;
import io.meridian.training.trainers.TrainingOutcome;

import java.util.UUID;

/**
 * Where a finished job's model goes: the registry, which lives above this module (the platform
 * implements this), so the scheduler never depends on how versions are stored or audited.
 */
public interface ModelVersionRegistrar {

    /**
     * Registers the outcome as the next version of {@code modelName} (creating the model when it
     * does not exist), its artifact stored in {@code region}'s store if the policy of
     * {@code sourceRegion} allows; returns the version number.
     *
     * @param submitter the user who submitted the job, as the audit log names people ({@code user:<id>})
     */
    int register(UUID tenantId, String submitter, String modelName, TrainingOutcome outcome, Lineage lineage,
                 String region, String sourceRegion, DataClass dataClass);
}
