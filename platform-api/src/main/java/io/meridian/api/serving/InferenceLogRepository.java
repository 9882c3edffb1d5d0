package io.meridian.api.serving;

import io.micronaut.core.annotation.Nullable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

/** SQL of inference_logs. */
final class InferenceLogRepository {

    private InferenceLogRepository() {
    }

    /** Between the values of a column (ASCII unit separator) and for a null value (record separator). */
    private static final char SEPARATOR = 0x1F;
    private static final char NULL = 0x1E;

    /**
     * One statement for a whole batch of one tenant (columns unnested into rows), not one execution
     * per row: the server parses and plans once, and at thousands of predictions a second the log's
     * share of the cores is what the requests do not get. Each column travels as one text of its
     * values joined by a control character that none of them can hold (names, tags and JSON, whose
     * control characters are escaped), split and cast in SQL: the driver's array literals quote and
     * escape every element and cost the writer more than a third of its time.
     */
    static void insert(Handle handle, List<InferenceLogEntry> entries) {
        UUID tenant = entries.getFirst().tenantId();
        if (entries.stream().anyMatch(entry -> !entry.tenantId().equals(tenant))) {
            throw new IllegalArgumentException("one tenant's entries per insert");
        }
        handle.createUpdate("""
                insert into inference_logs (tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale, rows,
                    latency_us, decision, input, output)
                select cast(:tenant as uuid), e.id, e.at, e.region, e.source_region, e.model_id, e.model_name, e.version, e.caller,
                    e.locale, e.rows, e.latency_us, e.decision, e.input::jsonb, e.output::jsonb
                from unnest(cast(string_to_array(:ids, chr(31)) as uuid[]), cast(string_to_array(:ats, chr(31)) as timestamptz[]),
                        string_to_array(:regions, chr(31)), string_to_array(:sourceRegions, chr(31)),
                        cast(string_to_array(:models, chr(31)) as uuid[]), string_to_array(:modelNames, chr(31)),
                        cast(string_to_array(:versions, chr(31)) as int[]), string_to_array(:callers, chr(31)),
                        string_to_array(:locales, chr(31)), cast(string_to_array(:rows, chr(31)) as int[]),
                        cast(string_to_array(:latencies, chr(31)) as bigint[]), string_to_array(:decisions, chr(31)),
                        string_to_array(:inputs, chr(31), chr(30)), string_to_array(:outputs, chr(31), chr(30)))
                    as e(id, at, region, source_region, model_id, model_name, version, caller, locale, rows, latency_us,
                        decision, input, output)""")
                .bind("tenant", tenant.toString())
                .bind("ids", column(entries, entry -> entry.id().toString()))
                .bind("ats", column(entries, entry -> entry.at().toString()))
                .bind("regions", column(entries, InferenceLogEntry::region))
                .bind("sourceRegions", column(entries, InferenceLogEntry::sourceRegion))
                .bind("models", column(entries, entry -> entry.modelId().toString()))
                .bind("modelNames", column(entries, InferenceLogEntry::modelName))
                .bind("versions", column(entries, entry -> Integer.toString(entry.version())))
                .bind("callers", column(entries, InferenceLogEntry::caller))
                .bind("locales", column(entries, InferenceLogEntry::locale))
                .bind("rows", column(entries, entry -> Integer.toString(entry.rows())))
                .bind("latencies", column(entries, entry -> Long.toString(entry.latencyMicros())))
                .bind("decisions", column(entries, InferenceLogEntry::decision))
                .bind("inputs", column(entries, InferenceLogEntry::input))
                .bind("outputs", column(entries, InferenceLogEntry::output))
                .execute();
    }

    /** The column's values joined by {@link #SEPARATOR}, a null as {@link #NULL}; no value may be empty. */
    static String column(List<InferenceLogEntry> entries, Function<InferenceLogEntry, String> field) {
        StringBuilder joined = new StringBuilder(entries.size() * 40);
        for (InferenceLogEntry entry : entries) {
            if (!joined.isEmpty()) {
                joined.append(SEPARATOR);
            }
            String value = field.apply(entry);
            if (value == null) {
                joined.append(NULL);
            } else if (value.isEmpty() || value.indexOf(SEPARATOR) >= 0 || value.indexOf(NULL) >= 0) {
                // an empty text would split into no element at all; none of the columns can hold one
                throw new IllegalArgumentException("an inference-log value is empty or holds a control character");
            } else {
                joined.append(value);
            }
        }
        return joined.toString();
    }

    /** Newest first: ids are UUIDv7, ordered by the time they were made (LogIds). */
    static List<InferenceLogEntry> page(Handle handle, @Nullable String model, int limit, int offset) {
        Query query = handle.createQuery("select tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale, rows,"
                        + " latency_us, decision, input::text as input, output::text as output from inference_logs"
                        + (model == null ? "" : " where model_name = :model") + " order by id desc limit :limit offset :offset")
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
