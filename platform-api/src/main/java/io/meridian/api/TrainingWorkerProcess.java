package io.meridian.api;

import io.meridian.api.database.DatabaseBootstrap;
import io.meridian.api.database.DatabaseSettings;
import io.meridian.api.jobs.TrainingWorker;
import io.micronaut.context.ApplicationContext;

import java.util.Map;
import java.util.UUID;

/**
 * The process of a training pod: the application context without the HTTP server (so without the admission
 * cycle and the executors, which start with it), on the platform's database, running one attempt.
 */
final class TrainingWorkerProcess {

    private TrainingWorkerProcess() {
    }

    /** @param args {@code --job=<uuid> --attempt=<n>}; returns the exit code */
    static int run(String[] args) {
        WorkerArguments arguments = WorkerArguments.parse(args);
        DatabaseBootstrap database = DatabaseBootstrap.attach(DatabaseSettings.fromEnvironment());
        Map<String, Object> properties = Application.properties(database);
        properties.put(TrainingWorker.ROLE_PROPERTY, TrainingWorker.WORKER_ROLE);
        properties.put("meridian.seed.demo", false);
        // a worker serves nothing: no need to hear of alias moves
        properties.put("meridian.registry.alias-notifications", false);
        try (ApplicationContext context = ApplicationContext.builder(Application.class).properties(properties).start()) {
            return context.getBean(TrainingWorker.class).run(arguments.job(), arguments.attempt());
        }
    }

    record WorkerArguments(UUID job, int attempt) {

        static WorkerArguments parse(String[] args) {
            UUID job = null;
            Integer attempt = null;
            for (String arg : args) {
                if (arg.startsWith("--job=")) {
                    job = UUID.fromString(arg.substring("--job=".length()));
                } else if (arg.startsWith("--attempt=")) {
                    attempt = Integer.parseInt(arg.substring("--attempt=".length()));
                } else {
                    throw new IllegalArgumentException("unknown argument " + arg + "; usage: train-worker --job=<uuid> --attempt=<n>");
                }
            }
            if (job == null || attempt == null || attempt < 1) {
                throw new IllegalArgumentException("usage: train-worker --job=<uuid> --attempt=<n> (n >= 1)");
            }
            return new WorkerArguments(job, attempt);
        }
    }
}
