package io.meridian.api.subjects;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What data-subject requests answer: the export document, the erasure report and the request's record. */
public final class SubjectViews {

    private SubjectViews() {
    }

    /** How the identifier stood in one field of a record: CLEAR or PSEUDONYM. */
    @Serdeable
    public record FoundIn(String column, String form) {
    }

    /** @param row the record's position in its holding (a dataset's data rows count from 1; a log's matching rows too) */
    @Serdeable
    public record HeldRecord(long row, List<String> values, List<FoundIn> matches) {
    }

    /**
     * Records of the subject in one holding of a source.
     *
     * @param source  {@code dataset} or {@code inference-log}
     * @param columns the names of the records' values, in order (a dataset's header; a log row's id, at, model, version, input, output)
     */
    @Serdeable
    public record Holding(String source, String id, String name, String region, List<String> columns, List<HeldRecord> records) {
    }

    /** A holding where the subject cannot be looked for: {@code reason} REDACTED (the policy removed that kind of data at upload, or from logged inputs). */
    @Serdeable
    public record Unsearchable(String source, String id, String name, String reason) {
    }

    /** What one source found: the holdings with the subject's records, and those it could not search. */
    public record Findings(List<Holding> holdings, List<Unsearchable> unsearchable) {
    }

    /**
     * @param records   the subject's records removed
     * @param remaining records left in the holding
     * @param previousSha256 / sha256 the holding's content before and after, for sources that keep content (datasets)
     */
    @Serdeable
    public record ErasedHolding(String source, String id, String name, String region, long records, long remaining,
                                @Nullable String previousSha256, @Nullable String sha256) {
    }

    /** Per holding, the records a request found or erased: all its record keeps of what it touched. */
    @Serdeable
    public record HoldingCount(String source, String id, long records) {
    }

    /** A training job that will fail when it runs, because its dataset's content changed under it. */
    @Serdeable
    public record AffectedJob(String id, String state, String datasetId) {
    }

    /** A model version trained on a dataset the erasure changed: the subject's data may live on in it. */
    @Serdeable
    public record AffectedModelVersion(String model, int version, String datasetId) {
    }

    /** @param subjectHash keyed hash of the identifier: equal for two requests about one person */
    @Serdeable
    public record RequestView(String id, String kind, String status, String subjectType, String subjectHash, String reason,
                              String requestedBy, List<HoldingCount> holdings, long records, @Nullable String failure,
                              Instant createdAt, @Nullable Instant completedAt) {
    }

    /**
     * The answer to a request. An export lists the subject's records ({@code holdings}); an
     * erasure what it removed ({@code erased}) and what that touches beyond the data.
     */
    @Serdeable
    public record Answer(RequestView request, @Nullable List<Holding> holdings, @Nullable List<ErasedHolding> erased,
                         List<Unsearchable> unsearchable, @Nullable List<AffectedJob> affectedJobs,
                         @Nullable List<AffectedModelVersion> affectedModelVersions) {
    }
}
