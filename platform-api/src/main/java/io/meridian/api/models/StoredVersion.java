package io.meridian.api.models;

import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.ArtifactFormat;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of model_versions with its model's name and the aliases pointing at it; signature,
 * metrics and lineage as their stored JSON.
 */
record StoredVersion(UUID id, UUID modelId, String modelName, int version, ArtifactFormat format, String artifactUri,
                     String sha256, long size, String region, String sourceRegion, DataClass dataClass,
                     String signature, String metrics, String lineage, List<String> tags, List<String> aliases,
                     String createdBy, Instant createdAt) {

    /** Selects every column {@link #map} reads, from model_versions v joined with models m. */
    static final String COLUMNS = """
            v.id, v.model_id, m.name as model_name, v.version, v.format, v.artifact_uri, v.artifact_sha256,
            v.artifact_size, v.region, v.source_region, v.data_class, v.signature::text as signature,
            v.metrics::text as metrics, v.lineage::text as lineage, v.tags, v.created_by, v.created_at,
            """ + aliasesOf("v");

    /** The column {@code aliases}: the aliases naming the version of the row {@code table} (with model_id and version). */
    static String aliasesOf(String table) {
        return "array(select a.alias from model_aliases a where a.model_id = %1$s.model_id and a.version = %1$s.version order by a.alias) as aliases"
                .formatted(table);
    }

    static StoredVersion map(ResultSet row) throws SQLException {
        return new StoredVersion(row.getObject("id", UUID.class), row.getObject("model_id", UUID.class),
                row.getString("model_name"), row.getInt("version"), ArtifactFormat.valueOf(row.getString("format")),
                row.getString("artifact_uri"), row.getString("artifact_sha256"), row.getLong("artifact_size"),
                row.getString("region"), row.getString("source_region"), DataClass.valueOf(row.getString("data_class")),
                row.getString("signature"), row.getString("metrics"), row.getString("lineage"),
                strings(row.getArray("tags")), strings(row.getArray("aliases")), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    String ref() {
        return modelName + "@" + version;
    }
}
