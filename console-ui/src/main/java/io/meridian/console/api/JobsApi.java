package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Training jobs: {@code /api/v1/jobs}. */
public final class JobsApi {

    /** The job states, as the API names them. */
    public enum State {
        QUEUED, ADMITTED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean isFinal() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    /** What a job was submitted with. Null fields are left out: the API applies its defaults. */
    public record Submission(String model, UUID dataset, UUID testDataset, String trainer, Map<String, Object> hyperparameters,
                             Integer gpus, Integer priority, Integer maxAttempts, Long seed) {
    }

    public record Progress(int attempt, int epoch, int epochs, Double loss, Double accuracy, Double samplesPerSecond, Instant at) {
    }

    /**
     * @param message       why it waits or why it ended, in the user's language
     * @param queuePosition among the tenant's queued jobs, from 1 (queued jobs only)
     */
    public record Job(UUID id, String model, UUID dataset, UUID testDataset, String trainer, Map<String, Object> hyperparameters,
                      int gpus, int priority, long seed, List<String> allowedPools, State state, String reason, String message,
                      String detail, String pool, String region, int attempt, int maxAttempts, Integer queuePosition,
                      boolean cancelRequested, double gpuHours, Integer modelVersion, String submittedBy, Instant submittedAt,
                      Instant admittedAt, Instant startedAt, Instant finishedAt, Progress progress) {
    }

    public record LogLine(long id, int attempt, Instant at, String line) {
    }

    private final ApiClient client;

    public JobsApi(ApiClient client) {
        this.client = client;
    }

    /** The newest jobs first, of one state or all. */
    public Page<Job> list(State state, int limit) {
        return client.get("/api/v1/jobs?limit=" + limit + (state == null ? "" : "&state=" + state.name()), new TypeReference<Page<Job>>() { });
    }

    public Job get(UUID id) {
        return client.get("/api/v1/jobs/" + id, Job.class);
    }

    public Job submit(Submission submission) {
        return client.post("/api/v1/jobs", submission, Job.class);
    }

    public Job cancel(UUID id) {
        return client.post("/api/v1/jobs/" + id + "/cancel", Map.of(), Job.class);
    }

    /** A new job with the same settings; the answer is the new job. */
    public Job retry(UUID id) {
        return client.post("/api/v1/jobs/" + id + "/retry", Map.of(), Job.class);
    }

    /** Every finished epoch of every attempt, oldest first. */
    public List<Progress> progress(UUID id) {
        return client.get("/api/v1/jobs/" + id + "/progress", new TypeReference<List<Progress>>() { });
    }

    /** Log lines after the line with id {@code after} (0: from the start). */
    public List<LogLine> logs(UUID id, long after, int limit) {
        return client.get("/api/v1/jobs/" + id + "/logs?after=" + after + "&limit=" + limit, new TypeReference<List<LogLine>>() { });
    }
}
