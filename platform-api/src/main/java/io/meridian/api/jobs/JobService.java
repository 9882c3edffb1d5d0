package io.meridian.api.jobs;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.i18n.Messages;
import io.meridian.training.jobs.JobState;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Training jobs as their tenant's people see them: submit, follow, cancel, retry. */
@Singleton
public final class JobService {

    private static final Argument<Map<String, Object>> HYPERPARAMETERS = Argument.mapOf(String.class, Object.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final TenantDb db;
    private final JobSubmission submission;
    private final TrainingPools pools;
    private final AuditLog audit;
    private final SchedulerSignals signals;
    private final InProcessExecutor executor;
    private final Optional<KubernetesExecutor> kubernetes;
    private final JsonMapper json;
    private final Clock clock;
    private final Messages messages = new Messages("io.meridian.i18n.jobs");

    JobService(TenantDb db, JobSubmission submission, TrainingPools pools, AuditLog audit, SchedulerSignals signals,
               InProcessExecutor executor, Optional<KubernetesExecutor> kubernetes, JsonMapper json, Clock clock) {
        this.db = db;
        this.submission = submission;
        this.pools = pools;
        this.audit = audit;
        this.signals = signals;
        this.executor = executor;
        this.kubernetes = kubernetes;
        this.json = json;
        this.clock = clock;
    }

    public JobViews.JobView submit(Caller caller, JobRequests.Submit request, Locale locale) {
        UUID id = db.inTenant(caller.tenantId(), handle -> {
            JobSubmission.Checked checked = submission.check(handle, caller, request);
            Instant now = clock.instant();
            StoredJob job = new StoredJob(UUID.randomUUID(), caller.tenantId(), checked.model(), checked.dataset().id(),
                    checked.dataset().sha256(), checked.testDataset().map(d -> d.id()).orElse(null), checked.trainer().name(),
                    write(checked.hyperparameters()), checked.gpus(), checked.priority(),
                    request.seed() == null ? SEEDS.nextLong() : request.seed(), checked.allowedPools(), JobState.QUEUED, null,
                    null, null, 0, checked.maxAttempts(), null, null, false, 0, null, AuditLog.actor(caller), now, now, null,
                    null, null, null);
            JobRepository.insert(handle, job);
            audit.record(handle, caller, "training-job.submitted", "training-job:" + job.id(), Map.of(
                    "model", job.modelName(), "dataset", job.datasetId().toString(), "trainer", job.trainer(),
                    "gpus", job.gpus(), "allowedPools", job.allowedPools()));
            return job.id();
        });
        signals.admissionNeeded();
        return get(caller, id, locale);
    }

    /** The job most recently submitted to train {@code model}, if any. */
    public Optional<JobViews.JobView> latestOf(Caller caller, String model, Locale locale) {
        return db.inTenant(caller.tenantId(), handle -> JobRepository.latestOfModel(handle, model).map(job -> view(handle, job, locale)));
    }

    public JobViews.JobView get(Caller caller, UUID id, Locale locale) {
        return db.inTenant(caller.tenantId(), handle -> view(handle, require(handle, id), locale));
    }

    Page<JobViews.JobView> list(Caller caller, Optional<JobState> state, int limit, int offset, Locale locale) {
        return db.inTenant(caller.tenantId(), handle -> {
            List<StoredJob> jobs = JobRepository.page(handle, state, limit, offset);
            Map<UUID, JobViews.ProgressView> progress = JobRepository.latestProgress(handle, jobs);
            return new Page<>(jobs.stream().map(job -> view(job, Optional.ofNullable(progress.get(job.id())), locale)).toList(),
                    limit, offset, JobRepository.count(handle, state));
        });
    }

    /**
     * A waiting job ends at once; a running one is asked to stop, and its worker ends it within a
     * heartbeat (at once when it runs in this process; on Kubernetes its Job is deleted as well, so that
     * a pod that has not started yet never does).
     */
    JobViews.JobView cancel(Caller caller, UUID id, Locale locale) {
        Optional<String> runningOn = db.inTenant(caller.tenantId(), handle -> {
            StoredJob job = JobRepository.lock(handle, id).orElseThrow(NotFoundException::new);
            if (job.state().isFinal()) {
                throw new ApiException(ProblemCode.CONFLICT, "conflict.detail.job-finished", Map.of("value", job.state().name()), List.of());
            }
            audit.record(handle, caller, "training-job.cancelled", "training-job:" + id, Map.of("state", job.state().name()));
            if (job.state() == JobState.RUNNING) {
                JobRepository.requestCancel(handle, id);
                return Optional.of(job.pool());
            }
            JobRepository.cancelWaiting(handle, job, AuditLog.actor(caller), clock.instant());
            return Optional.<String>empty();
        });
        runningOn.ifPresent(pool -> {
            if (pools.named(pool).map(PoolSettings::inProcess).orElse(true)) {
                executor.cancel(id);
            } else {
                kubernetes.ifPresent(cluster -> cluster.cancel(id));
            }
        });
        return get(caller, id, locale);
    }

    /** A new job with the same specification as a finished one (a new seed unless one was given). */
    JobViews.JobView retry(Caller caller, UUID id, Locale locale) {
        JobRequests.Submit again = db.inTenant(caller.tenantId(), handle -> {
            StoredJob job = require(handle, id);
            if (!job.state().isFinal()) {
                throw new ApiException(ProblemCode.CONFLICT, "conflict.detail.job-not-finished", Map.of("value", job.state().name()), List.of());
            }
            return new JobRequests.Submit(job.modelName(), job.datasetId(), job.testDatasetId(), job.trainer(), read(job.hyperparameters()),
                    job.gpus(), job.priority(), job.maxAttempts(), null);
        });
        return submit(caller, again, locale);
    }

    List<JobViews.EventView> events(Caller caller, UUID id) {
        return db.inTenant(caller.tenantId(), handle -> {
            require(handle, id);
            return JobEvents.of(handle, id);
        });
    }

    List<JobViews.ProgressView> progress(Caller caller, UUID id) {
        return db.inTenant(caller.tenantId(), handle -> {
            require(handle, id);
            return JobRepository.progressOf(handle, id, 0, 0);
        });
    }

    List<JobViews.LogLine> logs(Caller caller, UUID id, long after, int limit) {
        return db.inTenant(caller.tenantId(), handle -> {
            require(handle, id);
            return JobRepository.logsOf(handle, id, after, limit);
        });
    }

    /** What changed since the client's last look: for the event stream. */
    JobStream.Snapshot changes(Caller caller, UUID id, JobStream.Cursor cursor, Locale locale) {
        return db.inTenant(caller.tenantId(), handle -> {
            StoredJob job = require(handle, id);
            List<JobViews.ProgressView> progress = JobRepository.progressOf(handle, id, cursor.attempt(), cursor.epoch());
            return new JobStream.Snapshot(view(handle, job, locale), progress);
        });
    }

    private static StoredJob require(Handle handle, UUID id) {
        return JobRepository.byId(handle, id).orElseThrow(NotFoundException::new);
    }

    private JobViews.JobView view(Handle handle, StoredJob job, Locale locale) {
        return view(job, job.attempt() == 0 ? Optional.empty() : JobRepository.latestProgress(handle, job.id(), job.attempt()), locale);
    }

    private JobViews.JobView view(StoredJob job, Optional<JobViews.ProgressView> progress, Locale locale) {
        String region = job.pool() == null ? null : pools.named(job.pool()).map(pool -> pool.pool().region()).orElse(null);
        double gpuSeconds = job.gpuSeconds() + (job.state() == JobState.RUNNING && job.startedAt() != null
                ? job.gpus() * Math.max(0, clock.instant().getEpochSecond() - job.startedAt().getEpochSecond()) : 0);
        return new JobViews.JobView(job.id(), job.modelName(), job.datasetId(), job.testDatasetId(), job.trainer(),
                read(job.hyperparameters()), job.gpus(), job.priority(), job.seed(), job.allowedPools(), job.state().name(),
                job.reason(), job.reason() == null ? null : messages.format(locale, job.reason()), job.detail(), job.pool(), region,
                job.attempt(), job.maxAttempts(), job.queuePosition(), job.cancelRequested(), gpuSeconds / 3600.0, job.modelVersion(),
                job.submittedBy(), job.submittedAt(), job.admittedAt(), job.startedAt(), job.finishedAt(),
                progress.orElse(null));
    }

    private String write(Map<String, Object> hyperparameters) {
        try {
            return json.writeValueAsString(hyperparameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> read(String hyperparameters) {
        try {
            return json.readValue(hyperparameters, HYPERPARAMETERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
