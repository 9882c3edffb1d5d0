package io.meridian.api.retention;

import io.meridian.api.database.TenantDb;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hourly retention job: every task (datasets, inference logs) over every tenant, each tenant's
 * part of a task in its own transaction, so that a failure costs one tenant one task until the
 * next run, and a dataset's deleted bytes are never rolled back by another kind's failure.
 */
@Singleton
// the platform's duty, never a training pod's (a pod runs for hours with the platform's database credentials)
@Requires(property = "meridian.training.role", notEquals = "worker")
public final class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    /** The actor of the audit entries the job writes. */
    public static final String ACTOR = "system:retention";

    private final TenantDb db;
    private final List<RetentionTask> tasks;

    RetentionJob(TenantDb db, List<RetentionTask> tasks) {
        this.db = db;
        this.tasks = tasks;
    }

    @Scheduled(fixedDelay = "${meridian.retention.interval:1h}", initialDelay = "${meridian.retention.initial-delay:5m}")
    void scheduled() {
        run().forEach((task, deleted) -> {
            if (deleted > 0) {
                LOG.info("retention deleted {} {}", deleted, task);
            }
        });
    }

    /** One pass over every tenant; returns, per task name, the records deleted. */
    public Map<String, Long> run() {
        List<UUID> tenants = db.acrossTenants(handle -> handle.createQuery("select id from tenants").mapTo(UUID.class).list());
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (RetentionTask task : tasks) {
            long total = 0;
            for (UUID tenant : tenants) {
                try {
                    total += db.inTenant(tenant, handle -> task.expire(handle, tenant));
                } catch (RuntimeException e) {
                    LOG.error("retention of {} of tenant {} failed; the next run tries again", task.name(), tenant, e);
                }
            }
            deleted.put(task.name(), total);
        }
        return deleted;
    }
}
