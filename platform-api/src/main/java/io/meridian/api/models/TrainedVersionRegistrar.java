package io.meridian.api.models;

import io.meridian.api.security.Caller;
import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.Lineage;
import io.meridian.registry.Signature;
import io.meridian.training.jobs.ModelVersionRegistrar;
import io.meridian.training.trainers.TrainingOutcome;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Registers what a training job produced exactly as an upload would be registered (same checks,
 * policy decision, atomic artifact write, event and audit entry), in the name of the job's
 * submitter; the model is created first if the job named a new one.
 */
@Singleton
final class TrainedVersionRegistrar implements ModelVersionRegistrar {

    private final ModelService models;
    private final VersionService versions;
    private final JsonMapper json;

    TrainedVersionRegistrar(ModelService models, VersionService versions, JsonMapper json) {
        this.models = models;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public int register(UUID tenantId, String submitter, String modelName, TrainingOutcome outcome, Lineage lineage,
                        String region, String sourceRegion, DataClass dataClass) {
        Caller caller = new Caller(Caller.Kind.USER, UUID.fromString(submitter.substring(submitter.indexOf(':') + 1)), tenantId, Set.of());
        models.createIfMissing(caller, new ModelRequests.CreateModel(modelName, null, outcome.task().name(), List.of(), null));
        Signature signature = outcome.signature();
        ModelRequests.NewVersion metadata = new ModelRequests.NewVersion(outcome.format().name(), region, sourceRegion,
                dataClass.name(), null,
                new ModelRequests.SignatureInput(signature.inputs().stream().map(feature -> new ModelRequests.FeatureInput(
                        feature.name(), feature.type().name(), feature.shape().isEmpty() ? null : feature.shape())).toList(),
                        signature.labels()),
                outcome.metrics(), lineage, List.of("trained", "trainer:" + lineage.trainer()));
        try (InputStream artifact = Files.newInputStream(outcome.artifact())) {
            return versions.create(caller, modelName, json.writeValueAsString(metadata), artifact).version();
        } catch (IOException e) {
            throw new UncheckedIOException("artifact of job " + lineage.trainingJobId() + " unreadable", e);
        }
    }

}
