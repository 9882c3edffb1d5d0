package io.meridian.api.subjects;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of data_subject_requests (row-level security keeps it to the current tenant). */
final class SubjectRequestRepository {

    private static final String COLUMNS = "id, kind, status, subject_type, subject_hash, reason, requested_by, holdings::text as holdings, "
            + "records, failure, created_at, completed_at";
    private static final RowMapper<StoredSubjectRequest> REQUEST = (row, context) -> new StoredSubjectRequest(
            row.getObject("id", UUID.class), row.getString("kind"), row.getString("status"), row.getString("subject_type"),
            row.getString("subject_hash"), row.getString("reason"), row.getString("requested_by"), row.getString("holdings"),
            row.getLong("records"), row.getString("failure"), row.getTimestamp("created_at").toInstant(),
            row.getTimestamp("completed_at") == null ? null : row.getTimestamp("completed_at").toInstant());

    private SubjectRequestRepository() {
    }

    static void insert(Handle handle, UUID tenantId, StoredSubjectRequest request) {
        handle.createUpdate("""
                        insert into data_subject_requests (id, tenant_id, kind, status, subject_type, subject_hash, reason, requested_by,
                            holdings, records, failure, created_at, completed_at)
                        values (:id, :tenant, :kind, :status, :type, :hash, :reason, :by, cast(:holdings as jsonb), :records, :failure,
                            :createdAt, :completedAt)""")
                .bind("id", request.id()).bind("tenant", tenantId).bind("kind", request.kind()).bind("status", request.status())
                .bind("type", request.subjectType()).bind("hash", request.subjectHash()).bind("reason", request.reason())
                .bind("by", request.requestedBy()).bind("holdings", request.holdings()).bind("records", request.records())
                .bind("failure", request.failure()).bind("createdAt", Timestamp.from(request.createdAt()))
                .bind("completedAt", request.completedAt() == null ? null : Timestamp.from(request.completedAt()))
                .execute();
    }

    static Optional<StoredSubjectRequest> byId(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from data_subject_requests where id = :id").bind("id", id).map(REQUEST).findOne();
    }

    static List<StoredSubjectRequest> page(Handle handle, int limit, int offset) {
        return handle.createQuery("select " + COLUMNS + " from data_subject_requests order by created_at desc, id limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset).map(REQUEST).list();
    }

    static long count(Handle handle) {
        return handle.createQuery("select count(*) from data_subject_requests").mapTo(Long.class).one();
    }
}
