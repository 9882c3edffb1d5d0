package io.meridian.api.serving;

import io.micronaut.core.annotation.Nullable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

/** SQL of inference_logs. */
final class InferenceLogRepository {

    private InferenceLogRepository() {
    }

    /**
     * One statement for a whole batch (arrays unnested into rows), not one execution per row: the
     * server parses and plans once, and at thousands of predictions a second the log's share of the
     * cores is what the requests do not get. Arrays are bound as text and cast in SQL, so the driver
     * needs no type mapping for uuid, timestamptz or jsonb arrays.
     */
    static void insert(Handle handle, List<InferenceLogEntry> entries) {
        handle.createUpdate("""
                insert into inference_logs (tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale, rows,
                    latency_us, decision, input, output)
                select e.tenant_id, e.id, e.at, e.region, e.source_region, e.model_id, e.model_name, e.version, e.caller, e.locale,
                    e.rows, e.latency_us, e.decision, e.input::jsonb, e.output::jsonb
                from unnest(cast(:tenants as uuid[]), cast(:ids as uuid[]), cast(:ats as timestamptz[]), cast(:regions as text[]),
                        cast(:sourceRegions as text[]), cast(:models as uuid[]), cast(:modelNames as text[]), cast(:versions as int[]),
                        cast(:callers as text[]), cast(:locales as text[]), cast(:rows as int[]), cast(:latencies as bigint[]),
                        cast(:decisions as text[]), cast(:inputs as text[]), cast(:outputs as text[]))
                    as e(tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale, rows, latency_us,
                        decision, input, output)""")
                .bindArray("tenants", String.class, column(entries, entry -> entry.tenantId().toString()))
                .bindArray("ids", String.class, column(entries, entry -> entry.id().toString()))
                .bindArray("ats", String.class, column(entries, entry -> entry.at().toString()))
                .bindArray("regions", String.class, column(entries, InferenceLogEntry::region))
                .bindArray("sourceRegions", String.class, column(entries, InferenceLogEntry::sourceRegion))
                .bindArray("models", String.class, column(entries, entry -> entry.modelId().toString()))
                .bindArray("modelNames", String.class, column(entries, InferenceLogEntry::modelName))
                .bindArray("versions", Integer.class, column(entries, InferenceLogEntry::version))
                .bindArray("callers", String.class, column(entries, InferenceLogEntry::caller))
                .bindArray("locales", String.class, column(entries, InferenceLogEntry::locale))
                .bindArray("rows", Integer.class, column(entries, InferenceLogEntry::rows))
                .bindArray("latencies", Long.class, column(entries, InferenceLogEntry::latencyMicros))
                .bindArray("decisions", String.class, column(entries, InferenceLogEntry::decision))
                .bindArray("inputs", String.class, column(entries, InferenceLogEntry::input))
                .bindArray("outputs", String.class, column(entries, InferenceLogEntry::output))
                .execute();
    }

    private static <T> List<T> column(List<InferenceLogEntry> entries, Function<InferenceLogEntry, T> field) {
        List<T> values = new ArrayList<>(entries.size());
        entries.forEach(entry -> values.add(field.apply(entry)));
        return values;
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
