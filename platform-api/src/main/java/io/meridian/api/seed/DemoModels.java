package io.meridian.api.seed;

import io.meridian.api.database.TenantDb;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.api.users.UserRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives the demo tenant its two ready models ({@link DemoModel#ALL}): trained from the datasets
 * shipped with the project, labels translated into every supported locale, {@code production}
 * moved to the trained version, all in the name of the demo data scientist. Runs once the HTTP
 * server is up (so after {@link DemoSeeder}, and never in a training worker's process), in a
 * thread of its own: training takes a while and must not hold up the start. Idempotent: a model
 * already in production is left alone, and a restart while a job runs waits for that job.
 */
@Singleton
@Requires(property = "meridian.seed.demo", value = "true", defaultValue = "true")
@Requires(property = "meridian.seed.demo-models", value = "true", defaultValue = "true")
public final class DemoModels {

    /** What one seeding run found or did for one model. */
    public record Outcome(String model, Status status, boolean uploadedDataset, boolean submittedJob, Integer version) {
    }

    public enum Status { ALREADY_READY, READY, TRAINING_FAILED, TIMED_OUT, INTERRUPTED }

    private static final Logger LOG = LoggerFactory.getLogger(DemoModels.class);

    private final TenantDb db;
    private final DemoModelTraining training;
    private final Duration timeout;
    private final Duration poll;
    private volatile Thread worker;

    DemoModels(TenantDb db, DemoModelTraining training,
               @Value("${meridian.seed.demo-models-timeout:10m}") Duration timeout,
               @Value("${meridian.seed.demo-models-poll:1s}") Duration poll) {
        this.db = db;
        this.training = training;
        this.timeout = timeout;
        this.poll = poll;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        worker = Thread.ofPlatform().daemon().name("demo-models").start(() -> {
            try {
                seed();
            } catch (RuntimeException e) {
                LOG.warn("Demo models not ready: {}", e.toString(), e);
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
            running.join(Duration.ofSeconds(10));
        }
    }

    /**
     * Makes both models ready, waiting (up to the timeout) for their training jobs. One run at a
     * time: a second caller waits and then finds everything done.
     */
    public synchronized List<Outcome> seed() {
        Optional<Caller> scientist = scientist();
        if (scientist.isEmpty()) {
            LOG.warn("Demo models skipped: the demo tenant has no {}{}", DemoSeeder.SCIENTIST, DemoSeeder.EMAIL_DOMAIN);
            return List.of();
        }
        Caller caller = scientist.get();
        // submit every job first, so that they train side by side, then wait for each
        List<DemoModelTraining.Start> starts = DemoModel.ALL.stream().map(model -> training.start(caller, model)).toList();
        Instant deadline = Instant.now().plus(timeout);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            outcomes.add(finish(caller, DemoModel.ALL.get(i), starts.get(i), deadline));
        }
        outcomes.forEach(outcome -> LOG.info("Demo model {}: {}{}", outcome.model(), outcome.status(),
                outcome.version() == null ? "" : " (version " + outcome.version() + " in production)"));
        return outcomes;
    }

    private Outcome finish(Caller caller, DemoModel model, DemoModelTraining.Start start, Instant deadline) {
        return switch (start) {
            case DemoModelTraining.Start.Ready ready -> new Outcome(model.model(), Status.ALREADY_READY, false, false, null);
            case DemoModelTraining.Start.Trained trained -> {
                training.publish(caller, model, trained.version());
                yield new Outcome(model.model(), Status.READY, false, false, trained.version());
            }
            case DemoModelTraining.Start.Training job -> {
                try {
                    var ended = training.awaitEnd(caller, job.job(), deadline, poll);
                    if (ended.isEmpty()) {
                        yield new Outcome(model.model(), Status.TIMED_OUT, job.uploadedDataset(), job.submittedJob(), null);
                    }
                    if (ended.get().modelVersion() == null || !"SUCCEEDED".equals(ended.get().state())) {
                        LOG.warn("Demo model {}: training job {} ended {} ({})", model.model(), job.job(), ended.get().state(),
                                ended.get().detail());
                        yield new Outcome(model.model(), Status.TRAINING_FAILED, job.uploadedDataset(), job.submittedJob(), null);
                    }
                    int version = ended.get().modelVersion();
                    training.publish(caller, model, version);
                    yield new Outcome(model.model(), Status.READY, job.uploadedDataset(), job.submittedJob(), version);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    yield new Outcome(model.model(), Status.INTERRUPTED, job.uploadedDataset(), job.submittedJob(), null);
                }
            }
        };
    }

    /** The demo data scientist, as the services see a signed-in user of that role. */
    Optional<Caller> scientist() {
        return db.acrossTenants(handle -> TenantRepository.bySlug(handle, DemoSeeder.TENANT)).flatMap(tenant ->
                db.inTenant(tenant.id(), handle -> UserRepository.credentialsByEmail(handle, DemoSeeder.SCIENTIST + DemoSeeder.EMAIL_DOMAIN))
                        .map(credentials -> new Caller(Caller.Kind.USER, credentials.user().id(), tenant.id(), Set.of(Roles.DATA_SCIENTIST))));
    }
}
