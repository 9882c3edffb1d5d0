package io.meridian.api.jobs;

import io.meridian.training.scheduling.Pool;

/**
 * A configured pool and the executor that runs its jobs.
 *
 * @param executor {@code in-process} (this process's worker threads) or {@code kubernetes}
 */
record PoolSettings(Pool pool, String executor) {

    static final String IN_PROCESS = "in-process";
    static final String KUBERNETES = "kubernetes";

    String name() {
        return pool.name();
    }

    boolean inProcess() {
        return IN_PROCESS.equals(executor);
    }
}
