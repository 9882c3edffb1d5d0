package io.meridian.console.views.training;

import com.vaadin.flow.component.Component;
import io.meridian.console.api.JobsApi;

import java.util.Map;

/** How a job's state and progress read, in the user's language. */
public final class JobTexts {

    private JobTexts() {
    }

    /** "Queued, 2nd in line", "Running", "Failed": the state, with the queue position while queued. */
    public static String state(Component in, JobsApi.Job job) {
        String state = in.getTranslation("training.state." + job.state().name());
        if (job.state() == JobsApi.State.QUEUED && job.queuePosition() != null) {
            return in.getTranslation("training.state.queued-at", Map.of("state", state, "position", job.queuePosition()));
        }
        return state;
    }

    /** "Epoch 3 of 10", or nothing before the first epoch. */
    public static String progress(Component in, JobsApi.Job job) {
        JobsApi.Progress progress = job.progress();
        return progress == null ? "" : in.getTranslation("training.progress.epoch", Map.of("epoch", progress.epoch(), "epochs", progress.epochs()));
    }
}
