package io.meridian.api.datasets;

import io.meridian.compliance.policy.DataClass;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the datasets table (row-level security keeps it to the current tenant). */
final class DatasetRepository {

    private static final String COLUMNS = "id, name, format, region, source_region, data_class, content_uri, sha256, size, "
            + "upload_sha256, rows, label_column, schema::text as schema, pii_report::text as pii_report, "
            + "treatment::text as treatment, created_by, created_at, labels_uri, labels_sha256";
    private static final RowMapper<StoredDataset> DATASET = (row, context) -> new StoredDataset(row.getObject("id", UUID.class),
            row.getString("name"), row.getString("format"), row.getString("region"), row.getString("source_region"),
            DataClass.valueOf(row.getString("data_class")), row.getString("content_uri"), row.getString("sha256"),
            row.getLong("size"), row.getString("upload_sha256"), row.getLong("rows"), row.getString("label_column"),
            row.getString("schema"), row.getString("pii_report"), row.getString("treatment"), row.getString("created_by"),
            row.getTimestamp("created_at").toInstant(), row.getString("labels_uri"), row.getString("labels_sha256"));

    private DatasetRepository() {
    }

    static void insert(Handle handle, UUID tenantId, StoredDataset dataset) {
        handle.createUpdate("""
                        insert into datasets (id, tenant_id, name, format, region, source_region, data_class, content_uri, sha256,
                            size, upload_sha256, rows, label_column, schema, pii_report, treatment, created_by, created_at, labels_uri,
                            labels_sha256)
                        values (:id, :tenant, :name, :format, :region, :source, :dataClass, :uri, :sha, :size, :uploadSha, :rows,
                            :label, cast(:schema as jsonb), cast(:pii as jsonb), cast(:treatment as jsonb), :createdBy, :createdAt,
                            :labelsUri, :labelsSha)""")
                .bind("id", dataset.id()).bind("tenant", tenantId).bind("name", dataset.name()).bind("format", dataset.format())
                .bind("region", dataset.region()).bind("source", dataset.sourceRegion()).bind("dataClass", dataset.dataClass().name())
                .bind("uri", dataset.contentUri()).bind("sha", dataset.sha256()).bind("size", dataset.size())
                .bind("uploadSha", dataset.uploadSha256()).bind("rows", dataset.rows()).bind("label", dataset.labelColumn())
                .bind("schema", dataset.schema()).bind("pii", dataset.piiReport()).bind("treatment", dataset.treatment())
                .bind("createdBy", dataset.createdBy()).bind("createdAt", Timestamp.from(dataset.createdAt()))
                .bind("labelsUri", dataset.labelsUri()).bind("labelsSha", dataset.labelsSha256())
                .execute();
    }

    static Optional<StoredDataset> byId(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from datasets where id = :id").bind("id", id).map(DATASET).findOne();
    }

    static Optional<StoredDataset> byName(Handle handle, String name) {
        return handle.createQuery("select " + COLUMNS + " from datasets where name = :name").bind("name", name).map(DATASET).findOne();
    }

    static boolean nameTaken(Handle handle, String name) {
        return handle.createQuery("select exists (select 1 from datasets where name = :name)").bind("name", name)
                .mapTo(Boolean.class).one();
    }

    static List<StoredDataset> page(Handle handle, int limit, int offset) {
        return handle.createQuery("select " + COLUMNS + " from datasets order by created_at desc, id limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset).map(DATASET).list();
    }

    static List<String> sourceRegions(Handle handle) {
        return handle.createQuery("select distinct source_region from datasets").mapTo(String.class).list();
    }

    static List<StoredDataset> createdBefore(Handle handle, String sourceRegion, Instant cutoff) {
        return handle.createQuery("select " + COLUMNS + " from datasets where source_region = :region and created_at < :cutoff")
                .bind("region", sourceRegion).bind("cutoff", Timestamp.from(cutoff)).map(DATASET).list();
    }

    /** False when another transaction (a retention run on another replica) deleted it first. */
    static boolean delete(Handle handle, UUID id) {
        return handle.createUpdate("delete from datasets where id = :id").bind("id", id).execute() == 1;
    }

    /** Whether another dataset of the tenant still holds these bytes in that region. */
    static boolean stillReferenced(Handle handle, String region, String sha256) {
        return handle.createQuery("select exists (select 1 from datasets where region = :region and (sha256 = :sha or labels_sha256 = :sha))")
                .bind("region", region).bind("sha", sha256).mapTo(Boolean.class).one();
    }

    static List<StoredDataset> ofFormat(Handle handle, String format) {
        return handle.createQuery("select " + COLUMNS + " from datasets where format = :format order by created_at, id")
                .bind("format", format).map(DATASET).list();
    }

    /**
     * Points a dataset at new content (a data-subject erasure), if it still holds the content the
     * new one was made from; false when it changed or went meanwhile.
     */
    static boolean replaceContent(Handle handle, UUID id, String previousSha256, String uri, String sha256, long size, long rows) {
        return handle.createUpdate("""
                        update datasets set content_uri = :uri, sha256 = :sha, size = :size, rows = :rows
                        where id = :id and sha256 = :previous""")
                .bind("id", id).bind("previous", previousSha256).bind("uri", uri).bind("sha", sha256).bind("size", size)
                .bind("rows", rows).execute() == 1;
    }

    static long count(Handle handle) {
        return handle.createQuery("select count(*) from datasets").mapTo(Long.class).one();
    }
}
