package io.meridian.console.browser;

import io.meridian.console.api.ApiClient;
import io.meridian.console.api.AuthApi;
import io.meridian.console.api.DatasetsApi;
import io.meridian.console.api.JobsApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A small churn classifier with two versions (3 and 8 epochs of logistic regression on 200 rows, a few
 * seconds each), trained once per test run through the platform's public API, as a script would: for
 * the journeys that need a model (Models, Playground) without the demo models' minute of training.
 */
final class TrainedModels {

    static final String CHURN = "console-models-churn";
    static final String SCIENTIST = "scientist@demo.example.com";
    private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(120);

    /** The model's two versions, by how long they trained (which one registers first is up to the scheduler). */
    record Trained(String model, int threeEpochs, int eightEpochs) {

        int latest() {
            return Math.max(threeEpochs, eightEpochs);
        }
    }

    private static Trained churn;

    private TrainedModels() {
    }

    static synchronized Trained churn() {
        if (churn == null) {
            churn = train();
        }
        return churn;
    }

    /** An API client signed in as one of the demo users, in English. */
    static ApiClient signedIn(String email) {
        URI api = Platform.get().apiUrl();
        AuthApi.LoginResponse login = new AuthApi(new ApiClient(api, Optional.empty(), Locale.ENGLISH))
                .login(Platform.DEMO_TENANT, email, Platform.DEMO_PASSWORD);
        return new ApiClient(api, Optional.of(login.accessToken()), Locale.ENGLISH);
    }

    private static Trained train() {
        ApiClient client = signedIn(SCIENTIST);
        Path csv = churnCsv();
        DatasetsApi.Dataset dataset = new DatasetsApi(client).uploadCsv(new DatasetsApi.NewDataset(CHURN + "-data", "eu-west", null, null, "label"),
                csv.getFileName().toString(), csv);
        JobsApi jobs = new JobsApi(client);
        JobsApi.Job quick = jobs.submit(submission(dataset, 3));
        JobsApi.Job longer = jobs.submit(submission(dataset, 8));
        return new Trained(CHURN, awaitVersion(jobs, quick), awaitVersion(jobs, longer));
    }

    private static JobsApi.Submission submission(DatasetsApi.Dataset dataset, int epochs) {
        return new JobsApi.Submission(CHURN, dataset.id(), null, "tribuo-logistic-regression", Map.of("epochs", epochs), 0, 0, null, 7L);
    }

    private static int awaitVersion(JobsApi jobs, JobsApi.Job submitted) {
        Instant deadline = Instant.now().plus(TRAINING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JobsApi.Job job = jobs.get(submitted.id());
            if (job.state() == JobsApi.State.SUCCEEDED) {
                return job.modelVersion();
            }
            if (job.state().isFinal()) {
                throw new IllegalStateException("training job " + job.id() + " ended " + job.state() + ": " + job.message());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("training job " + submitted.id() + " did not finish within " + TRAINING_TIMEOUT);
    }

    /** Two features that tell churn from stay, with overlap so the matrix has errors to show. */
    private static Path churnCsv() {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 200; i++) {
            boolean churn = random.nextBoolean();
            int centre = churn ? 1 : -1;
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f,%s%n", centre + random.nextGaussian(), centre + random.nextGaussian(),
                    churn ? "churn" : "stay"));
        }
        try {
            Path file = Files.createTempDirectory("console-models-it-").resolve(CHURN + ".csv");
            Files.writeString(file, csv);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
