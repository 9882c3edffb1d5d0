package io.meridian.api.jobs;

import io.meridian.training.jobs.JobState;
import io.meridian.training.scheduling.Admission;
import io.meridian.training.scheduling.PoolUsage;
import io.meridian.training.scheduling.QueuedJob;
import io.meridian.training.scheduling.WaitReason;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL of the training queue. Tenant transactions see their own jobs; the scheduler's transactions
 * (admission, claiming, reaping) see every tenant's. Each change of state writes its event too.
 */
final class JobRepository {

    private static final String COLUMNS = "j.id, j.tenant_id, j.model_name, j.dataset_id, j.dataset_sha256, j.test_dataset_id, "
            + "j.trainer, j.hyperparameters::text as hyperparameters, j.gpus, j.priority, j.seed, j.allowed_pools, j.state, "
            + "j.reason, j.detail, j.pool, j.attempt, j.max_attempts, j.worker, j.lease_until, j.cancel_requested, j.gpu_seconds, "
            + "j.model_version, j.submitted_by, j.submitted_at, j.queued_at, j.admitted_at, j.started_at, j.finished_at";
    // among the tenant's queued jobs (row-level security), those that go before this one
    private static final String POSITION = "case when j.state = 'QUEUED' then (select count(*) + 1 from training_jobs q"
            + " where q.state = 'QUEUED' and (q.priority > j.priority or (q.priority = j.priority and q.queued_at < j.queued_at)))"
            + " end::integer as queue_position";
    private static final RowMapper<StoredJob> JOB = (row, context) -> job(row, null);
    private static final RowMapper<StoredJob> JOB_AND_POSITION = (row, context) -> job(row, (Integer) row.getObject("queue_position"));

    private static StoredJob job(java.sql.ResultSet row, Integer queuePosition) throws SQLException {
        return new StoredJob(row.getObject("id", UUID.class),
                row.getObject("tenant_id", UUID.class), row.getString("model_name"), row.getObject("dataset_id", UUID.class),
                row.getString("dataset_sha256"), row.getObject("test_dataset_id", UUID.class), row.getString("trainer"),
                row.getString("hyperparameters"), row.getInt("gpus"), row.getInt("priority"), row.getLong("seed"),
                strings(row.getArray("allowed_pools")), JobState.valueOf(row.getString("state")), row.getString("reason"),
                row.getString("detail"), row.getString("pool"), row.getInt("attempt"), row.getInt("max_attempts"),
                row.getString("worker"), instant(row.getTimestamp("lease_until")), row.getBoolean("cancel_requested"),
                row.getDouble("gpu_seconds"), (Integer) row.getObject("model_version"), row.getString("submitted_by"),
                instant(row.getTimestamp("submitted_at")), instant(row.getTimestamp("queued_at")),
                instant(row.getTimestamp("admitted_at")), instant(row.getTimestamp("started_at")),
                instant(row.getTimestamp("finished_at")),queuePosition);
    }

    private JobRepository() {
    }

    static void insert(Handle handle, StoredJob job) {
        handle.createUpdate("""
                        insert into training_jobs (id, tenant_id, model_name, dataset_id, dataset_sha256, test_dataset_id, trainer,
                            hyperparameters, gpus, priority, seed, allowed_pools, state, max_attempts, submitted_by, submitted_at, queued_at)
                        values (:id, :tenant, :model, :dataset, :sha, cast(:test as uuid), :trainer, cast(:hp as jsonb), :gpus, :priority,
                            :seed, :pools, 'QUEUED', :maxAttempts, :by, :at, :at)""")
                .bind("id", job.id()).bind("tenant", job.tenantId()).bind("model", job.modelName())
                .bind("dataset", job.datasetId()).bind("sha", job.datasetSha256())
                .bind("test", job.testDatasetId() == null ? null : job.testDatasetId().toString())
                .bind("trainer", job.trainer()).bind("hp", job.hyperparameters()).bind("gpus", job.gpus())
                .bind("priority", job.priority()).bind("seed", job.seed()).bind("pools", job.allowedPools().toArray(String[]::new))
                .bind("maxAttempts", job.maxAttempts()).bind("by", job.submittedBy()).bind("at", Timestamp.from(job.submittedAt()))
                .execute();
        JobEvents.record(handle, job.tenantId(), job.id(), JobState.QUEUED, 0, null, null, null, job.submittedBy(), job.submittedAt());
    }

    static Optional<StoredJob> byId(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + ", " + POSITION + " from training_jobs j where j.id = :id")
                .bind("id", id).map(JOB_AND_POSITION).findOne();
    }

    /** The job, locked against the scheduler and workers until the transaction ends. */
    static Optional<StoredJob> lock(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from training_jobs j where j.id = :id for update")
                .bind("id", id).map(JOB).findOne();
    }

    static List<StoredJob> page(Handle handle, Optional<JobState> state, int limit, int offset) {
        return handle.createQuery("select " + COLUMNS + ", " + POSITION + " from training_jobs j"
                        + " where (cast(:state as varchar) is null or j.state = :state)"
                        + " order by j.submitted_at desc, j.id limit :limit offset :offset")
                .bind("state", state.map(Enum::name).orElse(null)).bind("limit", limit).bind("offset", offset).map(JOB_AND_POSITION).list();
    }

    /** The model's most recently submitted job. */
    static Optional<StoredJob> latestOfModel(Handle handle, String model) {
        return handle.createQuery("select " + COLUMNS + ", " + POSITION + " from training_jobs j where j.model_name = :model"
                        + " order by j.submitted_at desc, j.id limit 1")
                .bind("model", model).map(JOB_AND_POSITION).findOne();
    }

    static long count(Handle handle, Optional<JobState> state) {
        return handle.createQuery("select count(*) from training_jobs where (cast(:state as varchar) is null or state = :state)")
                .bind("state", state.map(Enum::name).orElse(null)).mapTo(Long.class).one();
    }

    // ---- the scheduler's view (scheduler scope) ----

    static List<QueuedJob> queued(Handle handle) {
        return handle.createQuery("select id, tenant_id, gpus, priority, queued_at, allowed_pools from training_jobs where state = 'QUEUED'")
                .map((row, context) -> new QueuedJob(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                        row.getInt("gpus"), row.getInt("priority"), row.getTimestamp("queued_at").toInstant(),
                        strings(row.getArray("allowed_pools"))))
                .list();
    }

    static Map<String, PoolUsage> usage(Handle handle) {
        Map<String, PoolUsage> usage = new HashMap<>();
        handle.createQuery("select pool, sum(gpus) as gpus, count(*) as slots from training_jobs"
                        + " where state in ('ADMITTED', 'RUNNING') group by pool")
                .map((row, context) -> usage.put(row.getString("pool"), new PoolUsage(row.getInt("gpus"), row.getInt("slots"))))
                .list();
        return usage;
    }

    /** Queued jobs counted under the pool they prefer. */
    static Map<String, Integer> queuedByFirstPool(Handle handle) {
        Map<String, Integer> queued = new HashMap<>();
        handle.createQuery("select allowed_pools[1] as pool, count(*) as jobs from training_jobs where state = 'QUEUED' group by 1")
                .map((row, context) -> queued.put(row.getString("pool"), row.getInt("jobs"))).list();
        return queued;
    }

    /** Marks the admitted jobs ADMITTED on their pools, with their events, in two statements. */
    static void admit(Handle handle, List<Admission> admissions, Instant now) {
        if (admissions.isEmpty()) {
            return;
        }
        UUID[] ids = admissions.stream().map(Admission::job).toArray(UUID[]::new);
        String[] pools = admissions.stream().map(Admission::pool).toArray(String[]::new);
        handle.createUpdate("""
                        with admitted as (
                            update training_jobs j set state = 'ADMITTED', pool = a.pool, admitted_at = :now, reason = null
                            from unnest(:ids, :pools) as a (id, pool)
                            where j.id = a.id and j.state = 'QUEUED'
                            returning j.id, j.tenant_id, j.attempt, j.pool)
                        insert into training_job_events (tenant_id, job_id, at, state, attempt, pool, actor)
                        select tenant_id, id, :now, 'ADMITTED', attempt, pool, :actor from admitted""")
                .bind("ids", ids).bind("pools", pools).bind("now", Timestamp.from(now)).bind("actor", JobEvents.SCHEDULER)
                .execute();
    }

    /** Records why each job still waits, touching only the rows whose reason changed. */
    static void waiting(Handle handle, Map<UUID, WaitReason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        UUID[] ids = reasons.keySet().toArray(UUID[]::new);
        String[] keys = Arrays.stream(ids).map(id -> waitKey(reasons.get(id))).toArray(String[]::new);
        handle.createUpdate("""
                        update training_jobs j set reason = w.reason
                        from unnest(:ids, :reasons) as w (id, reason)
                        where j.id = w.id and j.state = 'QUEUED' and j.reason is distinct from w.reason""")
                .bind("ids", ids).bind("reasons", keys).execute();
    }

    static String waitKey(WaitReason reason) {
        return "waiting." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Takes the oldest admitted job of the given pools for this worker: RUNNING, next attempt,
     * leased until {@code now + lease}. SKIP LOCKED: replicas claiming at once take different jobs.
     */
    static Optional<StoredJob> claim(Handle handle, List<String> pools, String worker, Instant now, Duration lease) {
        return claim(handle, pools, ":worker", worker, now, lease);
    }

    /**
     * Like {@link #claim}, for an attempt that runs as a Kubernetes Job: its worker is named after the attempt
     * ({@link KubernetesWorkers#id}), which the pod knows from its environment before it has seen the database.
     */
    static Optional<StoredJob> claimForKubernetes(Handle handle, List<String> pools, Instant now, Duration lease) {
        return claim(handle, pools, ":worker || j.id || '/' || (j.attempt + 1)", KubernetesWorkers.PREFIX, now, lease);
    }

    private static Optional<StoredJob> claim(Handle handle, List<String> pools, String workerSql, String worker, Instant now,
                                             Duration lease) {
        Optional<StoredJob> claimed = handle.createQuery("""
                        update training_jobs j set state = 'RUNNING', attempt = j.attempt + 1, worker = %s,
                            lease_until = :until, started_at = :now, cancel_requested = false
                        where j.id = (select id from training_jobs where state = 'ADMITTED' and pool = any(:pools)
                                      order by admitted_at, id limit 1 for update skip locked)
                        returning\s""".formatted(workerSql) + COLUMNS)
                .bind("worker", worker).bind("until", Timestamp.from(now.plus(lease))).bind("now", Timestamp.from(now))
                .bind("pools", pools.toArray(String[]::new)).map(JOB).findOne();
        claimed.ifPresent(job -> JobEvents.record(handle, job.tenantId(), job.id(), JobState.RUNNING, job.attempt(), job.pool(),
                null, job.worker(), JobEvents.SCHEDULER, now));
        return claimed;
    }

    /** The tenant's slug (its Kueue queue name), through the one function the scheduler may read tenants with. */
    static String tenantSlug(Handle handle, UUID tenantId) {
        return handle.createQuery("select tenant_slug(:tenant)").bind("tenant", tenantId).mapTo(String.class).one();
    }

    /** Whose job it is (scheduler scope), to write its logs in the tenant's name. */
    static Optional<UUID> tenantOf(Handle handle, UUID id) {
        return handle.createQuery("select tenant_id from training_jobs where id = :id").bind("id", id).mapTo(UUID.class).findOne();
    }

    /** Lets a running attempt's lease run at least until {@code until}, if the attempt is still that worker's. */
    static boolean extendLease(Handle handle, UUID id, int attempt, String worker, Instant until) {
        return handle.createUpdate("""
                        update training_jobs set lease_until = greatest(lease_until, :until)
                        where id = :id and state = 'RUNNING' and attempt = :attempt and worker = :worker""")
                .bind("until", Timestamp.from(until)).bind("id", id).bind("attempt", attempt).bind("worker", worker)
                .execute() == 1;
    }

    /**
     * Ends a running attempt that its worker cannot end itself, as the executor learned from outside (the pod
     * failed, its Job was deleted, it could not be launched): back to the queue while attempts remain, else
     * FAILED; CANCELLED when that was asked for. Only while the attempt is still that worker's, so that a
     * late or repeated report changes nothing. Returns the state it went to.
     */
    static Optional<JobState> endFromOutside(Handle handle, UUID id, int attempt, String worker, String reason, String detail,
                                             String actor, Instant now) {
        return handle.createQuery("""
                        with ended as (
                            update training_jobs j set
                                state = case when j.cancel_requested then 'CANCELLED'
                                             when j.attempt < j.max_attempts then 'QUEUED' else 'FAILED' end,
                                reason = case when j.cancel_requested then 'cancelled' else :reason end,
                                detail = case when j.cancel_requested then null else :detail end,
                                finished_at = case when j.attempt < j.max_attempts and not j.cancel_requested then null
                                                   else cast(:now as timestamptz) end,
                                pool = case when j.attempt < j.max_attempts and not j.cancel_requested then null else j.pool end,
                                gpu_seconds = j.gpu_seconds + gpu_seconds_between(j.gpus, j.started_at, cast(:now as timestamptz)),
                                lease_until = null
                            where j.id = :id and j.state = 'RUNNING' and j.attempt = :attempt and j.worker = :worker
                            returning j.id, j.tenant_id, j.state, j.attempt, j.reason, j.detail)
                        insert into training_job_events (tenant_id, job_id, at, state, attempt, reason, detail, actor)
                        select tenant_id, id, :now, state, attempt, reason, detail, :actor from ended
                        returning state""")
                .bind("id", id).bind("attempt", attempt).bind("worker", worker).bind("reason", reason)
                .bind("detail", truncate(detail)).bind("actor", actor).bind("now", Timestamp.from(now))
                .mapTo(String.class).findOne().map(JobState::valueOf);
    }

    /**
     * Renews the lease of a running attempt; empty when the attempt is no longer this worker's
     * (it was reaped, or finished elsewhere), otherwise whether its cancellation was asked for.
     */
    static Optional<Boolean> heartbeat(Handle handle, UUID id, int attempt, String worker, Instant until) {
        return handle.createQuery("""
                        update training_jobs set lease_until = :until
                        where id = :id and state = 'RUNNING' and attempt = :attempt and worker = :worker
                        returning cancel_requested""")
                .bind("until", Timestamp.from(until)).bind("id", id).bind("attempt", attempt).bind("worker", worker)
                .mapTo(Boolean.class).findOne();
    }

    /** Ends a running attempt, if it is still this worker's; false when it is not. */
    static boolean finish(Handle handle, StoredJob job, JobState state, String reason, String detail, Integer modelVersion,
                          Instant now) {
        int updated = handle.createUpdate("""
                        update training_jobs set state = :state, reason = :reason, detail = :detail, model_version = :version,
                            finished_at = :now, lease_until = null,
                            gpu_seconds = gpu_seconds + gpu_seconds_between(gpus, started_at, :now)
                        where id = :id and state = 'RUNNING' and attempt = :attempt and worker = :worker""")
                .bind("state", state.name()).bind("reason", reason).bind("detail", truncate(detail))
                .bind("version", modelVersion).bind("now", Timestamp.from(now)).bind("id", job.id())
                .bind("attempt", job.attempt()).bind("worker", job.worker()).execute();
        if (updated == 1) {
            JobEvents.record(handle, job.tenantId(), job.id(), state, job.attempt(), job.pool(), reason, truncate(detail),
                    job.worker(), now);
        }
        return updated == 1;
    }

    /**
     * Gives a running attempt back to the queue because its process stops cleanly; that is no
     * failure of the job, so it goes back whatever attempts it has used.
     */
    static boolean release(Handle handle, StoredJob job, Instant now) {
        int updated = handle.createUpdate("""
                        update training_jobs set state = 'QUEUED', reason = 'worker-stopped', pool = null, lease_until = null,
                            gpu_seconds = gpu_seconds + gpu_seconds_between(gpus, started_at, :now)
                        where id = :id and state = 'RUNNING' and attempt = :attempt and worker = :worker""")
                .bind("now", Timestamp.from(now)).bind("id", job.id()).bind("attempt", job.attempt()).bind("worker", job.worker())
                .execute();
        if (updated == 1) {
            JobEvents.record(handle, job.tenantId(), job.id(), JobState.QUEUED, job.attempt(), null, "worker-stopped", job.worker(),
                    job.worker(), now);
        }
        return updated == 1;
    }

    /**
     * Running attempts whose lease ran out (their worker died or lost the database): back to the
     * queue while attempts remain, otherwise FAILED; CANCELLED if that was asked for (a worker that
     * was stopped from outside, such as a deleted Kubernetes Job, never confirms). Queued again, a
     * job keeps its place by age. Returns how many were reaped.
     */
    static int reapExpired(Handle handle, Instant now) {
        return handle.createUpdate("""
                        with expired as (
                            select id from training_jobs where state = 'RUNNING' and lease_until < :now for update skip locked),
                        reaped as (
                            update training_jobs j set
                                state = case when j.cancel_requested then 'CANCELLED'
                                             when j.attempt < j.max_attempts then 'QUEUED' else 'FAILED' end,
                                reason = case when j.cancel_requested then 'cancelled'
                                              when j.attempt < j.max_attempts then 'worker-lost' else 'attempts-exhausted' end,
                                finished_at = case when j.attempt < j.max_attempts and not j.cancel_requested then null
                                                   else cast(:now as timestamptz) end,
                                pool = case when j.attempt < j.max_attempts and not j.cancel_requested then null else j.pool end,
                                gpu_seconds = j.gpu_seconds + gpu_seconds_between(j.gpus, j.started_at, j.lease_until),
                                lease_until = null
                            from expired e where j.id = e.id
                            returning j.id, j.tenant_id, j.state, j.attempt, j.reason, j.worker)
                        insert into training_job_events (tenant_id, job_id, at, state, attempt, reason, detail, actor)
                        select tenant_id, id, :now, state, attempt, reason, 'worker ' || worker, :actor from reaped""")
                .bind("now", Timestamp.from(now)).bind("actor", JobEvents.SCHEDULER).execute();
    }

    /** Cancels a job that is not running (QUEUED or ADMITTED) at once; false if it was in another state. */
    static boolean cancelWaiting(Handle handle, StoredJob job, String actor, Instant now) {
        int updated = handle.createUpdate("""
                        update training_jobs set state = 'CANCELLED', reason = 'cancelled', finished_at = :now
                        where id = :id and state in ('QUEUED', 'ADMITTED')""")
                .bind("id", job.id()).bind("now", Timestamp.from(now)).execute();
        if (updated == 1) {
            JobEvents.record(handle, job.tenantId(), job.id(), JobState.CANCELLED, job.attempt(), job.pool(), "cancelled", null, actor, now);
        }
        return updated == 1;
    }

    /** Asks the worker of a running job to stop; it ends the attempt CANCELLED within a heartbeat. */
    static void requestCancel(Handle handle, UUID id) {
        handle.createUpdate("update training_jobs set cancel_requested = true where id = :id and state = 'RUNNING'")
                .bind("id", id).execute();
    }

    // ---- progress and logs ----

    static void progress(Handle handle, StoredJob job, io.meridian.training.trainers.EpochProgress progress, Instant now) {
        handle.createUpdate("""
                        insert into training_job_progress (tenant_id, job_id, attempt, epoch, epochs, loss, accuracy, samples_per_second, at)
                        values (:tenant, :job, :attempt, :epoch, :epochs, :loss, :accuracy, :sps, :at)
                        on conflict (job_id, attempt, epoch) do nothing""")
                .bind("tenant", job.tenantId()).bind("job", job.id()).bind("attempt", job.attempt())
                .bind("epoch", progress.epoch()).bind("epochs", progress.epochs()).bind("loss", finite(progress.loss()))
                .bind("accuracy", finite(progress.accuracy())).bind("sps", finite(progress.samplesPerSecond()))
                .bind("at", Timestamp.from(now)).execute();
    }

    private static final String PROGRESS_COLUMNS = "attempt, epoch, epochs, loss, accuracy, samples_per_second, at";
    private static final RowMapper<JobViews.ProgressView> PROGRESS = (row, context) -> new JobViews.ProgressView(row.getInt("attempt"),
            row.getInt("epoch"), row.getInt("epochs"), (Double) row.getObject("loss"), (Double) row.getObject("accuracy"),
            (Double) row.getObject("samples_per_second"), row.getTimestamp("at").toInstant());

    static List<JobViews.ProgressView> progressOf(Handle handle, UUID id, int afterAttempt, int afterEpoch) {
        return handle.createQuery("select " + PROGRESS_COLUMNS + " from training_job_progress"
                        + " where job_id = :id and (attempt, epoch) > (:attempt, :epoch) order by attempt, epoch")
                .bind("id", id).bind("attempt", afterAttempt).bind("epoch", afterEpoch).map(PROGRESS).list();
    }

    /** The last finished epoch of one attempt (every view of a job shows it; the stream polls it). */
    static Optional<JobViews.ProgressView> latestProgress(Handle handle, UUID id, int attempt) {
        return handle.createQuery("select " + PROGRESS_COLUMNS + " from training_job_progress"
                        + " where job_id = :id and attempt = :attempt order by epoch desc limit 1")
                .bind("id", id).bind("attempt", attempt).map(PROGRESS).findOne();
    }

    /** The last finished epoch of each job's current attempt, for a page of jobs in one query (by job id). */
    static Map<UUID, JobViews.ProgressView> latestProgress(Handle handle, List<StoredJob> jobs) {
        List<StoredJob> started = jobs.stream().filter(job -> job.attempt() > 0).toList();
        if (started.isEmpty()) {
            return Map.of();
        }
        Map<UUID, JobViews.ProgressView> latest = new HashMap<>();
        handle.createQuery("select distinct on (p.job_id) p.job_id, p.attempt, p.epoch, p.epochs, p.loss, p.accuracy,"
                        + " p.samples_per_second, p.at from training_job_progress p join unnest(cast(:ids as uuid[]), cast(:attempts as int[])) as c(job_id, attempt)"
                        + " on p.job_id = c.job_id and p.attempt = c.attempt order by p.job_id, p.epoch desc")
                .bindArray("ids", String.class, started.stream().map(job -> job.id().toString()).toList())
                .bindArray("attempts", Integer.class, started.stream().map(StoredJob::attempt).toList())
                .map((row, context) -> Map.entry(row.getObject("job_id", UUID.class), PROGRESS.map(row, context)))
                .forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
        return latest;
    }

    static void log(Handle handle, StoredJob job, List<String> lines, Instant now) {
        log(handle, job.tenantId(), job.id(), job.attempt(), lines, now);
    }

    static void log(Handle handle, UUID tenantId, UUID jobId, int attempt, List<String> lines, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch("insert into training_job_logs (tenant_id, job_id, attempt, at, line) values (:tenant, :job, :attempt, :at, :line)");
        for (String line : lines) {
            batch.bind("tenant", tenantId).bind("job", jobId).bind("attempt", attempt)
                    .bind("at", Timestamp.from(now)).bind("line", truncate(line)).add();
        }
        batch.execute();
    }

    /** Whether the attempt has this exact log line already: kept pod logs are marked by one, and kept once. */
    static boolean hasLogLine(Handle handle, UUID jobId, int attempt, String line) {
        return handle.createQuery("select exists (select 1 from training_job_logs where job_id = :job and attempt = :attempt and line = :line)")
                .bind("job", jobId).bind("attempt", attempt).bind("line", line).mapTo(Boolean.class).one();
    }

    static List<JobViews.LogLine> logsOf(Handle handle, UUID id, long after, int limit) {
        return handle.createQuery("select id, attempt, at, line from training_job_logs where job_id = :id and id > :after order by id limit :limit")
                .bind("id", id).bind("after", after).bind("limit", limit)
                .map((row, context) -> new JobViews.LogLine(row.getLong("id"), row.getInt("attempt"), row.getTimestamp("at").toInstant(),
                        row.getString("line")))
                .list();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
