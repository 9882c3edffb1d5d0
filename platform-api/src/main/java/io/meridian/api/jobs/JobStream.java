package io.meridian.api.jobs;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A job's progress as server-sent events: {@code job} whenever its state (or queue position)
 * changes, {@code progress} for each finished epoch; the stream ends after the job's final state.
 * It polls the database, so it follows a job whichever replica runs it.
 */
@Singleton
final class JobStream {

    /** Where a client is: the last epoch it was sent. */
    record Cursor(int attempt, int epoch) {
    }

    /** The job now and the epochs after the cursor. */
    record Snapshot(JobViews.JobView job, List<JobViews.ProgressView> progress) {
    }

    private final Duration every;

    JobStream(@Value("${meridian.training.stream-poll:500ms}") Duration every) {
        this.every = every;
    }

    Publisher<Event<Object>> follow(Function<Cursor, Snapshot> read) {
        State state = new State();
        return Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(() -> read.apply(state.cursor)).subscribeOn(Schedulers.boundedElastic()), 1)
                .concatMapIterable(state::events)
                .takeUntil(event -> "end".equals(event.getName()));
    }

    /** What was sent already, so each poll sends only what changed. */
    private static final class State {
        private Cursor cursor = new Cursor(0, 0);
        private String lastJob;

        List<Event<Object>> events(Snapshot snapshot) {
            List<Event<Object>> events = new ArrayList<>();
            JobViews.JobView job = snapshot.job();
            String summary = job.state() + "|" + job.reason() + "|" + job.queuePosition() + "|" + job.attempt() + "|" + job.pool()
                    + "|" + job.cancelRequested();
            if (!Objects.equals(summary, lastJob)) {
                lastJob = summary;
                events.add(Event.<Object>of(job).name("job").id(job.state()));
            }
            for (JobViews.ProgressView progress : snapshot.progress()) {
                events.add(Event.<Object>of(progress).name("progress").id(progress.attempt() + "." + progress.epoch()));
                cursor = new Cursor(progress.attempt(), progress.epoch());
            }
            if (job.state().equals("SUCCEEDED") || job.state().equals("FAILED") || job.state().equals("CANCELLED")) {
                events.add(Event.<Object>of(job).name("end"));
            }
            return events;
        }
    }
}
