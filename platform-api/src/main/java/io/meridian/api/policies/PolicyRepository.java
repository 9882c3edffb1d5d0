package io.meridian.api.policies;

import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the policies table (row-level security keeps it to the current tenant). */
final class PolicyRepository {

    /** A stored version: the rules as JSON text. */
    record Stored(String region, int version, String rules, String reason, UUID createdBy, Instant createdAt) {
    }

    private static final String COLUMNS = "region, version, rules, reason, created_by, created_at";

    private PolicyRepository() {
    }

    static Optional<Stored> latest(Handle handle, String region) {
        return handle.createQuery("select " + COLUMNS + " from policies where region = :region order by version desc limit 1")
                .bind("region", region).map(PolicyRepository::map).findOne();
    }

    static Optional<Stored> version(Handle handle, String region, int version) {
        return handle.createQuery("select " + COLUMNS + " from policies where region = :region and version = :version")
                .bind("region", region).bind("version", version).map(PolicyRepository::map).findOne();
    }

    static List<Stored> history(Handle handle, String region) {
        return handle.createQuery("select " + COLUMNS + " from policies where region = :region order by version desc")
                .bind("region", region).map(PolicyRepository::map).list();
    }

    static Stored insert(Handle handle, UUID tenantId, String region, int version, String rules, String reason, UUID createdBy) {
        return handle.createQuery("insert into policies (tenant_id, region, version, rules, reason, created_by) "
                        + "values (:tenant, :region, :version, :rules, :reason, :createdBy) returning " + COLUMNS)
                .bind("tenant", tenantId).bind("region", region).bind("version", version).bind("rules", rules)
                .bind("reason", reason).bind("createdBy", createdBy).map(PolicyRepository::map).one();
    }

    private static Stored map(java.sql.ResultSet rows, org.jdbi.v3.core.statement.StatementContext context) throws java.sql.SQLException {
        Timestamp created = rows.getTimestamp("created_at");
        return new Stored(rows.getString("region"), rows.getInt("version"), rows.getString("rules"), rows.getString("reason"),
                rows.getObject("created_by", UUID.class), created.toInstant());
    }
}
