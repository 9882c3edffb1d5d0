package io.meridian.api.jobs;

import io.meridian.training.jobs.JobState;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The history of a job: one row per change of state, with who made it and why. */
final class JobEvents {

    /** The actor of the scheduler's own changes (admission, claiming, reaping). */
    static final String SCHEDULER = "system:scheduler";

    private JobEvents() {
    }

    static void record(Handle handle, UUID tenantId, UUID jobId, JobState state, int attempt, String pool, String reason,
                       String detail, String actor, Instant at) {
        handle.createUpdate("""
                        insert into training_job_events (tenant_id, job_id, at, state, attempt, pool, reason, detail, actor)
                        values (:tenant, :job, :at, :state, :attempt, :pool, :reason, :detail, :actor)""")
                .bind("tenant", tenantId).bind("job", jobId).bind("at", Timestamp.from(at)).bind("state", state.name())
                .bind("attempt", attempt).bind("pool", pool).bind("reason", reason).bind("detail", detail).bind("actor", actor)
                .execute();
    }

    static List<JobViews.EventView> of(Handle handle, UUID jobId) {
        return handle.createQuery("select at, state, attempt, pool, reason, detail, actor from training_job_events where job_id = :job order by id")
                .bind("job", jobId)
                .map((row, context) -> new JobViews.EventView(row.getTimestamp("at").toInstant(), row.getString("state"),
                        row.getInt("attempt"), row.getString("pool"), row.getString("reason"), row.getString("detail"),
                        row.getString("actor")))
                .list();
    }
}
