package io.meridian.api.jobs;

import io.meridian.api.database.TenantDb;
import io.meridian.api.datasets.TrainingDatasets;
import io.meridian.registry.Lineage;
import io.meridian.registry.artifacts.Directories;
import io.meridian.training.jobs.JobState;
import io.meridian.training.jobs.ModelVersionRegistrar;
import io.meridian.training.trainers.EpochProgress;
import io.meridian.training.trainers.Trainer;
import io.meridian.training.trainers.TrainerCatalog;
import io.meridian.training.trainers.TrainingCancelledException;
import io.meridian.training.trainers.TrainingData;
import io.meridian.training.trainers.TrainingOutcome;
import io.meridian.training.trainers.TrainingRun;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs one claimed attempt: fetches its datasets from their region's store, trains, records
 * progress and logs as they come, registers the model version, and ends the attempt, all in the
 * name of the job's tenant. Whatever happens, the attempt ends in exactly one final state, or
 * goes back to the queue if this process stops, or is left to the reaper if its lease was lost.
 */
@Singleton
final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final Argument<Map<String, Object>> HYPERPARAMETERS = Argument.mapOf(String.class, Object.class);

    private final TenantDb db;
    private final TrainingDatasets datasets;
    private final TrainerCatalog trainers;
    private final TrainingPools pools;
    private final ModelVersionRegistrar registrar;
    private final JsonMapper json;
    private final Clock clock;
    private final Path work;

    JobRunner(TenantDb db, TrainingDatasets datasets, TrainerCatalog trainers, TrainingPools pools, ModelVersionRegistrar registrar,
              JsonMapper json, Clock clock, @Value("${meridian.data-dir:.meridian}") String dataDirectory) {
        this.db = db;
        this.datasets = datasets;
        this.trainers = trainers;
        this.pools = pools;
        this.registrar = registrar;
        this.json = json;
        this.clock = clock;
        this.work = Path.of(dataDirectory, "work");
    }

    void run(RunningAttempt attempt) {
        StoredJob job = attempt.job();
        Path directory = work.resolve(job.id() + "-" + job.attempt());
        try {
            Files.createDirectories(directory);
            log(job, "attempt " + job.attempt() + " of " + job.maxAttempts() + " on pool " + job.pool() + " (worker " + job.worker() + ")");
            Outcome outcome = train(attempt, directory);
            end(attempt, outcome);
        } catch (TrainingCancelledException e) {
            end(attempt, stopped(attempt));
        } catch (Exception | LinkageError e) {
            if (attempt.stopRequested()) {
                end(attempt, stopped(attempt));
            } else {
                LOG.warn("training job {} attempt {} failed", job.id(), job.attempt(), e);
                log(job, "failed: " + e);
                end(attempt, new Outcome(JobState.FAILED, "trainer-failed", String.valueOf(e.getMessage() == null ? e : e.getMessage()), null));
            }
        } finally {
            delete(directory);
        }
    }

    /** How an attempt ends; {@code state} null: it goes back to the queue. */
    private record Outcome(JobState state, String reason, String detail, Integer version) {
    }

    private Outcome train(RunningAttempt attempt, Path directory) throws Exception {
        StoredJob job = attempt.job();
        Trainer trainer = trainers.find(job.trainer())
                .orElseThrow(() -> new IllegalStateException("trainer " + job.trainer() + " is not available in this version"));
        record Inputs(TrainingDatasets.Dataset dataset, Optional<TrainingDatasets.Dataset> test) {
        }
        Inputs inputs = db.inTenant(job.tenantId(), handle -> new Inputs(
                datasets.find(handle, job.datasetId()).orElseThrow(() -> new IllegalStateException("dataset " + job.datasetId() + " was deleted")),
                Optional.ofNullable(job.testDatasetId()).map(id -> datasets.find(handle, id)
                        .orElseThrow(() -> new IllegalStateException("test dataset " + id + " was deleted")))));
        if (!inputs.dataset().sha256().equals(job.datasetSha256())) {
            // a data-subject erasure rewrote it: train on what is left, and say so (lineage names the content used)
            log(job, "dataset " + job.datasetId() + " changed since the job was submitted (sha256 " + job.datasetSha256()
                    + " → " + inputs.dataset().sha256() + "); training on its current content");
        }
        TrainingData data = datasets.fetch(job.tenantId(), inputs.dataset(), directory);
        Optional<TrainingData> test = inputs.test().map(dataset -> datasets.fetch(job.tenantId(), dataset, directory));
        Path output = Files.createDirectories(directory.resolve("output"));
        TrainingRun run = new TrainingRun(data, test, json.readValue(job.hyperparameters(), HYPERPARAMETERS), job.gpus(), job.seed(),
                output, progress -> progress(job, progress), line -> log(job, line), attempt::stopRequested);
        TrainingOutcome outcome = trainer.train(run);
        if (attempt.stopRequested()) {
            return stopped(attempt);
        }
        String region = pools.named(job.pool()).map(pool -> pool.pool().region()).orElse(inputs.dataset().region());
        Lineage lineage = new Lineage(inputs.dataset().id(), inputs.dataset().sha256(), job.id(), trainer.name(),
                new TreeMap<>(outcome.hyperparameters()), outcome.provenance());
        int version = registrar.register(job.tenantId(), job.submittedBy(), job.modelName(), outcome, lineage, region,
                inputs.dataset().sourceRegion(), inputs.dataset().dataClass());
        log(job, "registered " + job.modelName() + "@" + version + " in " + region + " (trained on " + outcome.device() + ")");
        return new Outcome(JobState.SUCCEEDED, null, null, version);
    }

    private static Outcome stopped(RunningAttempt attempt) {
        return switch (attempt.stopReason()) {
            case SHUTDOWN -> new Outcome(null, "worker-stopped", null, null);
            case LEASE_LOST -> new Outcome(null, "lease-lost", null, null);
            case CANCELLED -> new Outcome(JobState.CANCELLED, "cancelled", null, null);
            case null -> new Outcome(JobState.FAILED, "trainer-failed", "stopped without a reason", null);
        };
    }

    private void end(RunningAttempt attempt, Outcome outcome) {
        StoredJob job = attempt.job();
        try {
            boolean ours = db.inTenant(job.tenantId(), handle -> {
                if (attempt.stopReason() == RunningAttempt.Stop.LEASE_LOST) {
                    return false;
                }
                if (outcome.state() == null) {
                    return JobRepository.release(handle, job, clock.instant());
                }
                return JobRepository.finish(handle, job, outcome.state(), outcome.reason(), outcome.detail(), outcome.version(), clock.instant());
            });
            if (!ours) {
                LOG.warn("training job {} attempt {} was no longer this worker's when it ended ({})", job.id(), job.attempt(), outcome);
            }
        } catch (RuntimeException e) {
            LOG.error("could not record the end of training job {}; its lease will run out and the reaper decides", job.id(), e);
        }
    }

    private void progress(StoredJob job, EpochProgress progress) {
        db.inTenant(job.tenantId(), handle -> {
            JobRepository.progress(handle, job, progress, clock.instant());
            return null;
        });
    }

    private void log(StoredJob job, String line) {
        try {
            db.inTenant(job.tenantId(), handle -> {
                JobRepository.log(handle, job, List.of(line), clock.instant());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("log line of job {} lost: {}", job.id(), line, e);
        }
    }

    private static void delete(Path directory) {
        try {
            Directories.deleteTree(directory);
        } catch (IOException e) {
            LOG.warn("work directory {} not removed", directory, e);
        }
    }
}
