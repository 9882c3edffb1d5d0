package io.meridian.api.serving;

import io.micronaut.core.annotation.Nullable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** SQL of inference_logs. */
final class InferenceLogRepository {

    private InferenceLogRepository() {
    }

    static void insert(Handle handle, List<InferenceLogEntry> entries) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into inference_logs (tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale, rows,
                    latency_us, decision, input, output)
                values (:tenant, :id, :at, :region, :sourceRegion, :model, :modelName, :version, :caller, :locale, :rows, :latency,
                    :decision, cast(:input as jsonb), cast(:output as jsonb))""");
        for (InferenceLogEntry entry : entries) {
            batch.bind("tenant", entry.tenantId()).bind("id", entry.id()).bind("at", Timestamp.from(entry.at()))
                    .bind("region", entry.region()).bind("sourceRegion", entry.sourceRegion()).bind("model", entry.modelId()).bind("modelName", entry.modelName())
                    .bind("version", entry.version()).bind("caller", entry.caller()).bind("locale", entry.locale())
                    .bind("rows", entry.rows()).bind("latency", entry.latencyMicros()).bind("decision", entry.decision())
                    .bind("input", entry.input()).bind("output", entry.output()).add();
        }
        batch.execute();
    }

    static List<InferenceLogEntry> page(Handle handle, @Nullable String model, int limit, int offset) {
        Query query = handle.createQuery("select tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale, rows,"
                        + " latency_us, decision, input::text as input, output::text as output from inference_logs"
                        + (model == null ? "" : " where model_name = :model") + " order by at desc, id limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset);
        if (model != null) {
            query.bind("model", model);
        }
        return query.map((row, context) -> new InferenceLogEntry(row.getObject("tenant_id", UUID.class),
                row.getObject("id", UUID.class), row.getTimestamp("at").toInstant(), row.getString("region"), row.getString("source_region"),
                row.getObject("model_id", UUID.class), row.getString("model_name"), row.getInt("version"),
                row.getString("caller"), row.getString("locale"), row.getInt("rows"), row.getLong("latency_us"),
                row.getString("decision"), row.getString("input"), row.getString("output"))).list();
    }

    static long count(Handle handle, @Nullable String model) {
        Query query = handle.createQuery("select count(*) from inference_logs" + (model == null ? "" : " where model_name = :model"));
        if (model != null) {
            query.bind("model", model);
        }
        return query.mapTo(Long.class).one();
    }

    /** The source regions the tenant's log rows come from; a loose index scan, one probe per region, not a pass over the table. */
    static List<String> sourceRegions(Handle handle) {
        return handle.createQuery("""
                with recursive regions(region) as (
                    (select source_region from inference_logs order by source_region limit 1)
                    union all
                    select (select source_region from inference_logs where source_region > r.region order by source_region limit 1)
                    from regions r where r.region is not null)
                select region from regions where region is not null""").mapTo(String.class).list();
    }

    static int deleteOlderThan(Handle handle, String sourceRegion, Instant before) {
        return handle.createUpdate("delete from inference_logs where source_region = :region and at < :before")
                .bind("region", sourceRegion).bind("before", Timestamp.from(before)).execute();
    }

    /** A log row as a data-subject request reads it. */
    record SubjectRow(UUID id, Instant at, UUID modelId, String modelName, int version, String sourceRegion,
                      @Nullable String input, @Nullable String output) {
    }

    /** The next rows after {@code after} in id order: a keyset page over the primary key, cheap however far the scan got. */
    static List<SubjectRow> pageAfter(Handle handle, UUID after, int limit) {
        return handle.createQuery("""
                        select id, at, model_id, model_name, version, source_region, input::text as input, output::text as output
                        from inference_logs where id > :after order by id limit :limit""")
                .bind("after", after).bind("limit", limit)
                .map((row, context) -> new SubjectRow(row.getObject("id", UUID.class), row.getTimestamp("at").toInstant(),
                        row.getObject("model_id", UUID.class), row.getString("model_name"), row.getInt("version"),
                        row.getString("source_region"), row.getString("input"), row.getString("output"))).list();
    }

    static int delete(Handle handle, List<UUID> ids) {
        return handle.createUpdate("delete from inference_logs where id = any(:ids)").bindArray("ids", UUID.class, ids).execute();
    }
}
