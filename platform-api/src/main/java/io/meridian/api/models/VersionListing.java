package io.meridian.api.models;

import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.ArtifactFormat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A version as search results list it: what a results table shows (scalar metrics, trainer, tags,
 * aliases), without the signature, curves and matrix that only the version's own page needs.
 */
record VersionListing(String modelName, int version, ArtifactFormat format, String region, DataClass dataClass,
                      String metricValues, String trainer, List<String> tags, List<String> aliases, String createdBy,
                      Instant createdAt) {

    /** Selects every column {@link #map} reads, from model_versions v joined with models m. */
    static final String COLUMNS = """
            v.id, m.name as model_name, v.version, v.format, v.region, v.data_class,
            coalesce(v.metrics -> 'values', '{}')::text as metric_values, v.lineage ->> 'trainer' as trainer,
            v.tags, v.created_by, v.created_at,
            """ + StoredVersion.aliasesOf("v");

    static VersionListing map(ResultSet row) throws SQLException {
        return new VersionListing(row.getString("model_name"), row.getInt("version"), ArtifactFormat.valueOf(row.getString("format")),
                row.getString("region"), DataClass.valueOf(row.getString("data_class")), row.getString("metric_values"),
                row.getString("trainer"), StoredVersion.strings(row.getArray("tags")), StoredVersion.strings(row.getArray("aliases")),
                row.getString("created_by"), row.getTimestamp("created_at").toInstant());
    }
}
