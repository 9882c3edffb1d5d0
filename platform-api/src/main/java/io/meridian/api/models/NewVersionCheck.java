package io.meridian.api.models;

import io.meridian.api.policies.KnownRegions;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.Decision;
import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.Lineage;
import io.meridian.registry.Metrics;
import io.meridian.registry.RegistryNames;
import io.meridian.registry.Signature;
import io.meridian.registry.VersionRules;
import io.meridian.registry.Violation;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The metadata part of a version upload, checked field by field against the model and the regions. */
@Singleton
final class NewVersionCheck {

    /** A validated upload, ready to be decided on and stored. */
    record Checked(StoredModel model, ArtifactFormat format, String region, String sourceRegion,
                           DataClass dataClass, Optional<String> sha256, Signature signature, Metrics metrics,
                           Lineage lineage, List<String> tags, Decision decision) {

        Checked withDecision(Decision made) {
            return new Checked(model, format, region, sourceRegion, dataClass, sha256, signature, metrics, lineage, tags, made);
        }
    }

    private final KnownRegions knownRegions;

    NewVersionCheck(KnownRegions knownRegions) {
        this.knownRegions = knownRegions;
    }

    Checked check(Handle handle, String modelName, ModelRequests.NewVersion request) {
        StoredModel model = ModelService.require(handle, modelName);
        List<Violation> violations = new ArrayList<>();
        ArtifactFormat format = choice(ArtifactFormat.class, request.format(), "format", violations);
        String region = region(request.region(), "region", true, violations);
        String sourceRegion = request.sourceRegion() == null ? region : region(request.sourceRegion(), "sourceRegion", true, violations);
        DataClass dataClass = request.dataClass() == null ? DataClass.INTERNAL
                : choice(DataClass.class, request.dataClass(), "dataClass", violations);
        if (request.sha256() != null && !RegistryNames.isSha256(request.sha256())) {
            violations.add(Violation.of("sha256", "field.invalid-sha256"));
        }
        Signature signature = signature(request.signature(), violations);
        Metrics metrics = request.metrics() == null ? Metrics.none() : request.metrics();
        Lineage lineage = request.lineage() == null ? Lineage.none() : request.lineage();
        List<String> tags = request.tags() == null ? List.of() : request.tags();
        violations.addAll(VersionRules.validate(model.task(), signature, metrics, lineage, tags));
        RegistryProblems.throwIfAny(violations);
        return new Checked(model, format, region, sourceRegion, dataClass, Optional.ofNullable(request.sha256()),
                signature, metrics, lineage, tags, null);
    }

    private static Signature signature(ModelRequests.SignatureInput input, List<Violation> violations) {
        if (input == null) {
            return null;
        }
        List<Feature> features = new ArrayList<>();
        List<ModelRequests.FeatureInput> inputs = input.inputs() == null ? List.of() : input.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            ModelRequests.FeatureInput feature = inputs.get(i);
            if (feature == null) {
                features.add(null);
                continue;
            }
            FeatureType type = feature.type() == null ? null
                    : choice(FeatureType.class, feature.type(), "signature.inputs[" + i + "].type", violations);
            features.add(new Feature(feature.name(), type, feature.shape()));
        }
        return new Signature(features, input.labels());
    }

    private String region(String code, String field, boolean required, List<Violation> violations) {
        if (code == null) {
            if (required) {
                violations.add(Violation.of(field, "field.required"));
            }
            return null;
        }
        knownRegions.check(code, field).ifPresent(error -> violations.add(new Violation(error.field(), error.messageKey(), error.arguments())));
        return code;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.of(field, "field.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(field, "field.invalid-choice", "allowed",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
