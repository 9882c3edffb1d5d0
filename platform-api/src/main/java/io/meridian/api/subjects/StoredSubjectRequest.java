package io.meridian.api.subjects;

import java.time.Instant;
import java.util.UUID;

/** A row of data_subject_requests; holdings as their stored JSON. */
record StoredSubjectRequest(UUID id, String kind, String status, String subjectType, String subjectHash, String reason,
                            String requestedBy, String holdings, long records, String failure, Instant createdAt,
                            Instant completedAt) {
}
