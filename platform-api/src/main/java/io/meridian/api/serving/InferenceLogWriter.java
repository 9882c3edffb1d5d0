package io.meridian.api.serving;

import io.meridian.api.database.TenantDb;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Writes the inference log off the request path: requests put entries in a bounded queue, a
 * background thread gathers them for up to 20 ms into batches of up to 1,000 and inserts each
 * tenant's part in one transaction.
 * A full queue never blocks a request: the entry is dropped and counted (the log is for
 * oversight, not billing). Entries still queued at shutdown are written before it ends.
 */
@Singleton
final class InferenceLogWriter {

    private static final Logger LOG = LoggerFactory.getLogger(InferenceLogWriter.class);
    private static final int BATCH = 1000;
    /**
     * How long a batch waits for more entries once it has one: at thousands of predictions a second a
     * transaction per handful of entries (begin, tenant setting, insert, commit) cost PostgreSQL more
     * than the predictions did; gathering for a moment writes hundreds at once.
     */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final TenantDb db;
    private final BlockingQueue<InferenceLogEntry> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread flusher;
    private volatile boolean running = true;

    InferenceLogWriter(TenantDb db, ServingSettings settings, MeterRegistry meters) {
        this.db = db;
        this.queue = new ArrayBlockingQueue<>(settings.logQueueCapacity());
        // what oversight must know of a log that drops: how much, and how full it runs (on /prometheus)
        Gauge.builder("meridian.inference.log.dropped", dropped, AtomicLong::get)
                .description("inference-log entries dropped because the writer fell behind").register(meters);
        Gauge.builder("meridian.inference.log.queued", queue, BlockingQueue::size)
                .description("inference-log entries waiting to be written").register(meters);
        this.flusher = Thread.ofPlatform().name("inference-log-writer").daemon().start(this::run);
    }

    void add(InferenceLogEntry entry) {
        if (!queue.offer(entry)) {
            long total = dropped.incrementAndGet();
            if (Long.bitCount(total) == 1) {
                LOG.warn("inference log queue full: {} entries dropped so far", total);
            }
        }
    }

    /** Entries dropped because the queue was full, since start. */
    long dropped() {
        return dropped.get();
    }

    private void run() {
        List<InferenceLogEntry> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                InferenceLogEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
            } catch (InterruptedException e) {
                running = false; // what was gathered is still written, and the rest of the queue after it
            }
            try {
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (RuntimeException e) {
                LOG.error("inference log batch of {} entries not written", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Fills the batch with what is queued now and, unless that fills it, once more after the rest of
     * the linger. It sleeps rather than waiting on the queue: a waiting writer is woken by every
     * entry a request adds, a thread switch per prediction.
     */
    private void gather(List<InferenceLogEntry> batch) throws InterruptedException {
        long deadline = System.nanoTime() + LINGER_NANOS;
        queue.drainTo(batch, BATCH - batch.size());
        if (batch.size() < BATCH && running) {
            TimeUnit.NANOSECONDS.sleep(deadline - System.nanoTime());
            queue.drainTo(batch, BATCH - batch.size());
        }
    }

    private void write(List<InferenceLogEntry> batch) {
        Map<java.util.UUID, List<InferenceLogEntry>> byTenant = batch.stream()
                .collect(Collectors.groupingBy(InferenceLogEntry::tenantId));
        byTenant.forEach((tenant, entries) -> db.inTenant(tenant, handle -> {
            InferenceLogRepository.insert(handle, entries);
            return null;
        }));
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        flusher.join(TimeUnit.SECONDS.toMillis(10));
    }
}
