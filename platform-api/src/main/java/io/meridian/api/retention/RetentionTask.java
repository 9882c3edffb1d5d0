package io.meridian.api.retention;

import org.jdbi.v3.core.Handle;

import java.util.UUID;

/** One kind of data the retention job expires: a tenant's part, in that tenant's transaction. */
public interface RetentionTask {

    /** What it deletes, as the job reports it (datasets, inference-logs). */
    String name();

    /** Deletes the tenant's records older than their policy's retention, with their audit entries; returns how many. */
    long expire(Handle handle, UUID tenantId);
}
