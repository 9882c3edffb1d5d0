package io.meridian.api.seed;

import io.meridian.api.datasets.DatasetRequests;
import io.meridian.api.datasets.DatasetService;
import io.meridian.api.datasets.DatasetViews;
import io.meridian.api.jobs.JobRequests;
import io.meridian.api.jobs.JobService;
import io.meridian.api.jobs.JobViews;
import io.meridian.api.models.AliasService;
import io.meridian.api.models.LabelService;
import io.meridian.api.models.ModelRequests;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.i18n.SupportedLocales;
import io.meridian.registry.RegistryNames;
import io.meridian.training.jobs.JobState;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps that make one demo model ready, each through the same services (checks, policy
 * decisions, audit entries) as the API's calls of a data scientist: upload the dataset, submit the
 * training job, wait for it, then translate the labels and move {@code production}. Every step
 * first looks at what is there, so that a restart picks up where the last run stopped.
 */
@Singleton
final class DemoModelTraining {

    static final String REGION = "eu-west";

    /** Where a model stands before this run does anything. */
    sealed interface Start {
        /** {@code production} already points at a version: nothing to do. */
        record Ready() implements Start {
        }

        /** A job trained a version but the run that submitted it stopped before publishing it. */
        record Trained(int version) implements Start {
        }

        /** A job is on its way (submitted now or by an earlier run). */
        record Training(UUID job, boolean uploadedDataset, boolean submittedJob) implements Start {
        }
    }

    private final DatasetService datasets;
    private final JobService jobs;
    private final LabelService labels;
    private final AliasService aliases;
    private final DemoLabels translations;
    private final JsonMapper json;

    DemoModelTraining(DatasetService datasets, JobService jobs, LabelService labels, AliasService aliases,
                      DemoLabels translations, JsonMapper json) {
        this.datasets = datasets;
        this.jobs = jobs;
        this.labels = labels;
        this.aliases = aliases;
        this.translations = translations;
        this.json = json;
    }

    Start start(Caller scientist, DemoModel model) {
        if (inProduction(scientist, model)) {
            return new Start.Ready();
        }
        Optional<JobViews.JobView> latest = jobs.latestOf(scientist, model.model(), SupportedLocales.DEFAULT);
        if (latest.isPresent()) {
            JobViews.JobView job = latest.get();
            JobState state = JobState.valueOf(job.state());
            if (!state.isFinal()) {
                return new Start.Training(job.id(), false, false);
            }
            if (state == JobState.SUCCEEDED && job.modelVersion() != null) {
                return new Start.Trained(job.modelVersion());
            }
            // failed or cancelled: train again below
        }
        Optional<DatasetViews.DatasetView> existing = datasets.byName(scientist, model.dataset());
        DatasetViews.DatasetView dataset = existing.orElseGet(() -> upload(scientist, model));
        JobViews.JobView job = jobs.submit(scientist, new JobRequests.Submit(model.model(), dataset.id(), null, model.trainer(),
                model.hyperparameters(), 0, 0, null, model.seed()), SupportedLocales.DEFAULT);
        return new Start.Training(job.id(), existing.isEmpty(), true);
    }

    /** The job once it has ended, or empty if it has not ended by {@code deadline}. */
    Optional<JobViews.JobView> awaitEnd(Caller scientist, UUID job, Instant deadline, Duration poll) throws InterruptedException {
        while (true) {
            JobViews.JobView current = jobs.get(scientist, job, SupportedLocales.DEFAULT);
            if (JobState.valueOf(current.state()).isFinal()) {
                return Optional.of(current);
            }
            if (!Instant.now().plus(poll).isBefore(deadline)) {
                return Optional.empty();
            }
            Thread.sleep(poll);
        }
    }

    /** Label translations for every locale of the catalog, then {@code production} moved to the version. */
    void publish(Caller scientist, DemoModel model, int version) {
        translations.of(model.model()).forEach((locale, byLabel) -> labels.replace(scientist, model.model(), locale, byLabel));
        AliasService.MoveResult moved = aliases.move(scientist, model.model(), RegistryNames.PRODUCTION,
                new ModelRequests.MoveAlias(version, null, "demo model trained on start"));
        if (moved.moved() == null) {
            throw new IllegalStateException(model.model() + ": moving production waits for an approval");
        }
    }

    private boolean inProduction(Caller scientist, DemoModel model) {
        try {
            return aliases.list(scientist, model.model()).stream().anyMatch(alias -> RegistryNames.PRODUCTION.equals(alias.alias()));
        } catch (NotFoundException e) {
            return false;
        }
    }

    private DatasetViews.DatasetView upload(Caller scientist, DemoModel model) {
        byte[] content = resource(model.resource());
        try {
            String metadata = json.writeValueAsString(new DatasetRequests.NewDataset(model.dataset(), REGION, null, null, model.labelColumn()));
            return datasets.upload(scientist, metadata, new ByteArrayInputStream(content), content.length);
        } catch (ApiException e) {
            // another replica uploaded it between our look and our upload
            if (e.code() == ProblemCode.CONFLICT) {
                return datasets.byName(scientist, model.dataset()).orElseThrow(() -> e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoModelTraining.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " unreadable", e);
        }
    }
}
