package io.meridian.api.models;

import io.meridian.registry.Lineage;
import io.meridian.registry.Metrics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

public final class ModelRequests {

    private ModelRequests() {
    }

    @Serdeable
    public record CreateModel(@NotBlank @Size(max = 100) String name,
                              @Nullable @Size(max = 2000) String description,
                              @NotBlank @Size(max = 32) String task,
                              @Nullable List<String> tags,
                              @Nullable Boolean approvalRequired) {
    }

    /** Fields left out stay as they are. */
    @Serdeable
    public record UpdateModel(@Nullable @Size(max = 2000) String description,
                              @Nullable List<String> tags,
                              @Nullable Boolean approvalRequired) {
    }

    @Serdeable
    public record FeatureInput(@Nullable String name, @Nullable String type, @Nullable List<Integer> shape) {
    }

    @Serdeable
    public record SignatureInput(@Nullable List<FeatureInput> inputs, @Nullable List<String> labels) {
    }

    /**
     * The metadata part of a version upload (multipart, next to the artifact part). Checked field
     * by field by the service, since it arrives as a part, not as the request body.
     *
     * @param region       the region whose artifact store keeps the artifact
     * @param sourceRegion where the training data comes from (whose policy applies); default: region
     * @param dataClass    the class of the training data; default INTERNAL
     * @param sha256       the artifact's checksum as the client computed it; checked on arrival
     */
    @Serdeable
    public record NewVersion(@Nullable String format, @Nullable String region, @Nullable String sourceRegion,
                             @Nullable String dataClass, @Nullable String sha256, @Nullable SignatureInput signature,
                             @Nullable Metrics metrics, @Nullable Lineage lineage, @Nullable List<String> tags) {
    }

    /**
     * @param expectedVersion the version the alias is believed to point at now (0: not set yet);
     *                        when given, the move happens only if that is still so
     */
    @Serdeable
    public record MoveAlias(@NotNull @Min(1) Integer version, @Nullable @Min(0) Integer expectedVersion,
                            @Nullable @Size(max = 500) String reason) {
    }

    @Serdeable
    public record Decide(@Nullable @Size(max = 500) String comment) {
    }

    @Serdeable
    public record LabelTranslations(@NotNull @Size(max = 10_000) Map<String, String> translations) {
    }
}
