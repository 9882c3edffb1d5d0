package io.meridian.api.serving;

import io.micronaut.core.annotation.Nullable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** SQL of inference_logs. */
final class InferenceLogRepository {

    private InferenceLogRepository() {
    }

    static void insert(Handle handle, List<InferenceLogEntry> entries) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into inference_logs (tenant_id, id, at, region, model_id, model_name, version, caller, locale, rows,
                    latency_us, decision, input, output)
                values (:tenant, :id, :at, :region, :model, :modelName, :version, :caller, :locale, :rows, :latency,
                    :decision, cast(:input as jsonb), cast(:output as jsonb))""");
        for (InferenceLogEntry entry : entries) {
            batch.bind("tenant", entry.tenantId()).bind("id", entry.id()).bind("at", Timestamp.from(entry.at()))
                    .bind("region", entry.region()).bind("model", entry.modelId()).bind("modelName", entry.modelName())
                    .bind("version", entry.version()).bind("caller", entry.caller()).bind("locale", entry.locale())
                    .bind("rows", entry.rows()).bind("latency", entry.latencyMicros()).bind("decision", entry.decision())
                    .bind("input", entry.input()).bind("output", entry.output()).add();
        }
        batch.execute();
    }

    static List<InferenceLogEntry> page(Handle handle, @Nullable String model, int limit, int offset) {
        Query query = handle.createQuery("select tenant_id, id, at, region, model_id, model_name, version, caller, locale, rows,"
                        + " latency_us, decision, input::text as input, output::text as output from inference_logs"
                        + (model == null ? "" : " where model_name = :model") + " order by at desc, id limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset);
        if (model != null) {
            query.bind("model", model);
        }
        return query.map((row, context) -> new InferenceLogEntry(row.getObject("tenant_id", UUID.class),
                row.getObject("id", UUID.class), row.getTimestamp("at").toInstant(), row.getString("region"),
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
}
