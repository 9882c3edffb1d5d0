package io.meridian.api.subjects;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.datasets.DatasetSubjectData;
import io.meridian.api.datasets.PseudonymKeys;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.compliance.pii.Pseudonymizer;
import io.meridian.compliance.subjects.SubjectMatcher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data-subject requests: an export of every record the tenant's sources hold about one
 * identifier, or their erasure. Each request is recorded (with a keyed hash of the identifier,
 * never the identifier) and audited in the transaction that completes it; an erasure's changes
 * to every source commit in that same transaction or not at all.
 */
@Singleton
final class DataSubjectService {

    private static final Logger LOG = LoggerFactory.getLogger(DataSubjectService.class);
    private static final Argument<List<SubjectViews.HoldingCount>> COUNTS = Argument.listOf(SubjectViews.HoldingCount.class);

    private final TenantDb db;
    private final AuditLog audit;
    private final PseudonymKeys keys;
    private final List<PersonalDataSource> sources;
    private final JsonMapper json;
    private final Clock clock;

    DataSubjectService(TenantDb db, AuditLog audit, PseudonymKeys keys, List<PersonalDataSource> sources, JsonMapper json, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.keys = keys;
        this.sources = sources;
        this.json = json;
        this.clock = clock;
    }

    SubjectViews.Answer handle(Caller caller, SubjectRequests.NewRequest request) {
        SubjectRequestCheck.Checked checked = SubjectRequestCheck.check(request);
        Pseudonymizer pseudonymizer = keys.forTenant(caller.tenantId());
        SubjectMatcher matcher = new SubjectMatcher(checked.subject(), pseudonymizer);
        if (matcher.match(checked.reason()).isPresent()) {
            // the reason is kept in the request's record and the audit log, which must not name the subject
            throw ApiException.invalid(FieldError.of("reason", "field.names-the-subject"));
        }
        Started started = new Started(UUID.randomUUID(), checked, checked.subject().fingerprint(pseudonymizer), clock.instant());
        return switch (checked.kind()) {
            case EXPORT -> export(caller, started, matcher);
            case ERASE -> erase(caller, started, matcher);
        };
    }

    private record Started(UUID id, SubjectRequestCheck.Checked request, String subjectHash, Instant at) {
    }

    private SubjectViews.Answer export(Caller caller, Started started, SubjectMatcher matcher) {
        List<SubjectViews.Holding> holdings = new ArrayList<>();
        List<SubjectViews.Unsearchable> unsearchable = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            SubjectViews.Findings findings = source.find(caller.tenantId(), matcher);
            holdings.addAll(findings.holdings());
            unsearchable.addAll(findings.unsearchable());
        }
        List<SubjectViews.HoldingCount> counts = holdings.stream()
                .map(holding -> new SubjectViews.HoldingCount(holding.source(), holding.id(), holding.records().size())).toList();
        StoredSubjectRequest stored = db.inTenant(caller.tenantId(), handle -> {
            StoredSubjectRequest request = record(handle, caller, started, "COMPLETED", counts, null);
            audit.record(handle, caller, "data-subject.exported", subject(started), details(started, counts, Map.of()));
            return request;
        });
        return new SubjectViews.Answer(view(stored), holdings, null, unsearchable, null, null);
    }

    private SubjectViews.Answer erase(Caller caller, Started started, SubjectMatcher matcher) {
        List<PreparedErasure> prepared = new ArrayList<>();
        try {
            for (PersonalDataSource source : sources) {
                prepared.add(source.prepareErasure(caller.tenantId(), matcher));
            }
        } catch (RuntimeException e) {
            prepared.forEach(PreparedErasure::abandoned);
            failed(caller, started, e);
            throw e;
        }
        List<SubjectViews.ErasedHolding> erased = prepared.stream().flatMap(erasure -> erasure.erased().stream()).toList();
        List<SubjectViews.Unsearchable> unsearchable = prepared.stream().flatMap(erasure -> erasure.unsearchable().stream()).toList();
        List<SubjectViews.HoldingCount> counts = erased.stream()
                .map(holding -> new SubjectViews.HoldingCount(holding.source(), holding.id(), holding.records())).toList();
        List<UUID> datasets = erased.stream().filter(holding -> holding.source().equals(DatasetSubjectData.SOURCE)).map(holding -> UUID.fromString(holding.id())).toList();
        record Done(StoredSubjectRequest request, List<SubjectViews.AffectedJob> jobs, List<SubjectViews.AffectedModelVersion> versions) {
        }
        Done done;
        try {
            done = db.inTenant(caller.tenantId(), handle -> {
                prepared.forEach(erasure -> erasure.apply(handle));
                List<SubjectViews.AffectedJob> jobs = ErasureConsequences.jobs(handle, datasets);
                List<SubjectViews.AffectedModelVersion> versions = ErasureConsequences.modelVersions(handle, datasets);
                StoredSubjectRequest request = record(handle, caller, started, "COMPLETED", counts, null);
                audit.record(handle, caller, "data-subject.erased", subject(started), details(started, counts, Map.of(
                        "contentChanged", erased.stream().map(holding -> Map.of("id", holding.id(), "previousSha256",
                                String.valueOf(holding.previousSha256()), "sha256", String.valueOf(holding.sha256()))).toList(),
                        "affectedJobs", jobs.stream().map(SubjectViews.AffectedJob::id).toList())));
                return new Done(request, jobs, versions);
            });
        } catch (RuntimeException e) {
            prepared.forEach(PreparedErasure::abandoned);
            failed(caller, started, e);
            throw e;
        }
        prepared.forEach(PreparedErasure::committed);
        return new SubjectViews.Answer(view(done.request()), null, erased, unsearchable, done.jobs(), done.versions());
    }

    /** A failed erasure is recorded too (nothing of it was applied), so that the attempt is accounted for. */
    private void failed(Caller caller, Started started, RuntimeException cause) {
        String failure = cause instanceof ApiException api ? api.code().slug() : "internal-error";
        try {
            db.inTenant(caller.tenantId(), handle -> {
                record(handle, caller, started, "FAILED", List.of(), failure);
                audit.record(handle, caller, "data-subject.erase-failed", subject(started), details(started, List.of(), Map.of("failure", failure)));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("failed erasure {} could not be recorded", started.id(), e);
        }
    }

    SubjectViews.RequestView get(Caller caller, UUID id) {
        return db.inTenant(caller.tenantId(), handle -> SubjectRequestRepository.byId(handle, id)).map(this::view)
                .orElseThrow(NotFoundException::new);
    }

    Page<SubjectViews.RequestView> list(Caller caller, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle -> new Page<>(SubjectRequestRepository.page(handle, limit, offset).stream()
                .map(this::view).toList(), limit, offset, SubjectRequestRepository.count(handle)));
    }

    private StoredSubjectRequest record(org.jdbi.v3.core.Handle handle, Caller caller, Started started, String status,
                                        List<SubjectViews.HoldingCount> counts, String failure) {
        StoredSubjectRequest request = new StoredSubjectRequest(started.id(), started.request().kind().name(), status,
                started.request().subject().type().name(), started.subjectHash(), started.request().reason(), AuditLog.actor(caller),
                toJson(counts), counts.stream().mapToLong(SubjectViews.HoldingCount::records).sum(), failure, started.at(),
                failure == null ? clock.instant() : null);
        SubjectRequestRepository.insert(handle, caller.tenantId(), request);
        return request;
    }

    private static String subject(Started started) {
        return "data-subject-request:" + started.id();
    }

    /** Counts and ids only: the audit log can never be changed, so it must not hold the identifier or erased values. */
    private static Map<String, Object> details(Started started, List<SubjectViews.HoldingCount> counts, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>(more);
        details.put("kind", started.request().kind().name());
        details.put("subjectType", started.request().subject().type().name());
        details.put("subjectHash", started.subjectHash());
        details.put("reason", started.request().reason());
        details.put("holdings", counts.stream().map(count -> Map.of("source", count.source(), "id", count.id(), "records", count.records())).toList());
        details.put("records", counts.stream().mapToLong(SubjectViews.HoldingCount::records).sum());
        return details;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SubjectViews.RequestView view(StoredSubjectRequest stored) {
        try {
            return new SubjectViews.RequestView(stored.id().toString(), stored.kind(), stored.status(), stored.subjectType(),
                    stored.subjectHash(), stored.reason(), stored.requestedBy(), json.readValue(stored.holdings(), COUNTS), stored.records(),
                    stored.failure(), stored.createdAt(), stored.completedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("stored request " + stored.id() + " unreadable", e);
        }
    }
}
