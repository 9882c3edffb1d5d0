package io.meridian.api.models;

import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.artifacts.StoredArtifact;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of model_versions and their scalar metrics. Versions are only ever inserted. */
final class VersionRepository {

    /** What a new version row holds besides its number: JSON documents already serialized. */
    record Insert(UUID tenantId, UUID modelId, int version, ArtifactFormat format, StoredArtifact artifact, String region,
                  String sourceRegion, DataClass dataClass, String signature, String metrics, String lineage,
                  UUID datasetId, UUID trainingJobId, List<String> tags, Map<String, Double> scalarMetrics,
                  String createdBy, Instant createdAt) {
    }

    static final String FROM = " from model_versions v join models m on m.id = v.model_id ";

    private VersionRepository() {
    }

    static UUID insert(Handle handle, Insert row) {
        UUID id = UUID.randomUUID();
        handle.createUpdate("""
                        insert into model_versions (id, tenant_id, model_id, version, format, artifact_uri, artifact_sha256,
                            artifact_size, region, source_region, data_class, signature, metrics, lineage, dataset_id,
                            training_job_id, tags, created_by, created_at)
                        values (:id, :tenant, :model, :version, :format, :uri, :sha, :size, :region, :source, :dataClass,
                            cast(:signature as jsonb), cast(:metrics as jsonb), cast(:lineage as jsonb), cast(:dataset as uuid), cast(:job as uuid),
                            :tags, :createdBy, :createdAt)""")
                .bind("id", id).bind("tenant", row.tenantId()).bind("model", row.modelId()).bind("version", row.version())
                .bind("format", row.format().name()).bind("uri", row.artifact().uri()).bind("sha", row.artifact().sha256())
                .bind("size", row.artifact().size()).bind("region", row.region()).bind("source", row.sourceRegion())
                .bind("dataClass", row.dataClass().name()).bind("signature", row.signature()).bind("metrics", row.metrics())
                .bind("lineage", row.lineage()).bind("dataset", row.datasetId() == null ? null : row.datasetId().toString())
                .bind("job", row.trainingJobId() == null ? null : row.trainingJobId().toString())
                .bindArray("tags", String.class, row.tags()).bind("createdBy", row.createdBy())
                .bind("createdAt", Timestamp.from(row.createdAt()))
                .execute();
        if (!row.tags().isEmpty()) {
            PreparedBatch tags = handle.prepareBatch(
                    "insert into model_version_tags (tenant_id, version_id, tag, created_at) values (:tenant, :version, :tag, :createdAt)");
            row.tags().forEach(tag -> tags.bind("tenant", row.tenantId()).bind("version", id).bind("tag", tag)
                    .bind("createdAt", Timestamp.from(row.createdAt())).add());
            tags.execute();
        }
        if (!row.scalarMetrics().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(
                    "insert into model_version_metrics (tenant_id, version_id, name, value) values (:tenant, :version, :name, :value)");
            row.scalarMetrics().forEach((name, value) -> batch.bind("tenant", row.tenantId()).bind("version", id)
                    .bind("name", name).bind("value", value).add());
            batch.execute();
        }
        return id;
    }

    static Optional<StoredVersion> byNumber(Handle handle, UUID modelId, int version) {
        return handle.createQuery("select " + StoredVersion.COLUMNS + FROM + "where v.model_id = :model and v.version = :version")
                .bind("model", modelId).bind("version", version).map((row, context) -> StoredVersion.map(row)).findOne();
    }

    static List<StoredVersion> page(Handle handle, UUID modelId, int limit, int offset) {
        return handle.createQuery("select " + StoredVersion.COLUMNS + FROM + "where v.model_id = :model order by v.version desc limit :limit offset :offset")
                .bind("model", modelId).bind("limit", limit).bind("offset", offset)
                .map((row, context) -> StoredVersion.map(row)).list();
    }

    /** The model's version numbers, oldest first. */
    static List<Integer> numbers(Handle handle, UUID modelId) {
        return handle.createQuery("select version from model_versions where model_id = :model order by version")
                .bind("model", modelId).mapTo(Integer.class).list();
    }

    static boolean exists(Handle handle, UUID modelId, int version) {
        return handle.createQuery("select exists (select 1 from model_versions where model_id = :model and version = :version)")
                .bind("model", modelId).bind("version", version).mapTo(Boolean.class).one();
    }

    /** Every output label of any version of the model: what label translations may name. */
    static List<String> labels(Handle handle, UUID modelId) {
        return handle.createQuery("select distinct jsonb_array_elements_text(signature -> 'labels') from model_versions where model_id = :model")
                .bind("model", modelId).mapTo(String.class).list();
    }
}
