package io.meridian.api.jobs;

import io.meridian.api.datasets.TrainingDatasets;
import io.meridian.api.policies.PolicyDecisions;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.security.Caller;
import io.meridian.compliance.policy.Action;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionRequest;
import io.meridian.registry.RegistryNames;
import io.meridian.registry.Violation;
import io.meridian.training.scheduling.Pool;
import io.meridian.training.trainers.Trainer;
import io.meridian.training.trainers.TrainerCatalog;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a job before it is queued, field by field, and places it: the pools it may run on are
 * those big enough for its GPUs in regions where the policy of its dataset's source region allows
 * processing the data and storing the trained model. A job that can never run is refused now,
 * with the reason, rather than waiting forever.
 */
@Singleton
final class JobSubmission {

    static final int MAX_PRIORITY = 100;
    static final int MAX_ATTEMPTS = 10;
    static final int DEFAULT_ATTEMPTS = 3;

    /** A job that passed every check, with the pools it may use in order of preference. */
    record Checked(String model, TrainingDatasets.Dataset dataset, Optional<TrainingDatasets.Dataset> testDataset, Trainer trainer,
                   Map<String, Object> hyperparameters, int gpus, int priority, int maxAttempts, List<String> allowedPools) {
    }

    private final TrainerCatalog trainers;
    private final TrainingDatasets datasets;
    private final TrainingPools pools;
    private final PolicyDecisions decisions;

    JobSubmission(TrainerCatalog trainers, TrainingDatasets datasets, TrainingPools pools, PolicyDecisions decisions) {
        this.trainers = trainers;
        this.datasets = datasets;
        this.pools = pools;
        this.decisions = decisions;
    }

    Checked check(Handle handle, Caller caller, JobRequests.Submit request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.model() == null) {
            errors.add(FieldError.of("model", "field.required"));
        } else if (!RegistryNames.isModelName(request.model())) {
            errors.add(FieldError.of("model", "field.invalid-model-name"));
        }
        Optional<Trainer> trainer = Optional.empty();
        if (request.trainer() == null) {
            errors.add(FieldError.of("trainer", "field.required"));
        } else {
            trainer = trainers.find(request.trainer());
            if (trainer.isEmpty()) {
                errors.add(FieldError.of("trainer", "field.invalid-choice", "allowed", String.join(", ", trainers.trainers().stream().map(Trainer::name).toList())));
            }
        }
        Map<String, Object> hyperparameters = request.hyperparameters() == null ? Map.of() : new LinkedHashMap<>(request.hyperparameters());
        trainer.ifPresent(found -> found.validate(hyperparameters).forEach(violation -> errors.add(fieldError(violation))));
        int gpus = request.gpus() == null ? 0 : request.gpus();
        int largest = pools.largestGpuCount();
        if (gpus < 0) {
            errors.add(FieldError.of("gpus", "field.at-least", "min", 0));
        } else if (gpus > largest) {
            errors.add(FieldError.of("gpus", "field.more-gpus-than-pools", "max", largest));
        } else if (gpus > 0 && trainer.isPresent() && !trainer.get().usesGpus()) {
            errors.add(FieldError.of("gpus", "field.trainer-without-gpus", "trainer", trainer.get().name()));
        }
        int priority = request.priority() == null ? 0 : request.priority();
        if (Math.abs(priority) > MAX_PRIORITY) {
            errors.add(new FieldError("priority", "field.between", Map.of("min", -MAX_PRIORITY, "max", MAX_PRIORITY)));
        }
        int maxAttempts = request.maxAttempts() == null ? DEFAULT_ATTEMPTS : request.maxAttempts();
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            errors.add(new FieldError("maxAttempts", "field.between", Map.of("min", 1, "max", MAX_ATTEMPTS)));
        }
        Optional<TrainingDatasets.Dataset> dataset = dataset(handle, "dataset", request.dataset(), true, trainer, errors);
        Optional<TrainingDatasets.Dataset> test = dataset(handle, "testDataset", request.testDataset(), false, trainer, errors);
        if (dataset.isPresent() && test.isPresent() && !dataset.get().format().equals(test.get().format())) {
            errors.add(FieldError.of("testDataset", "field.format-differs", "format", dataset.get().format()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<String> allowed = place(handle, caller, request.model(), dataset.orElseThrow(), gpus);
        return new Checked(request.model(), dataset.get(), test, trainer.orElseThrow(), hyperparameters, gpus, priority, maxAttempts, allowed);
    }

    private Optional<TrainingDatasets.Dataset> dataset(Handle handle, String field, UUID id, boolean required, Optional<Trainer> trainer,
                                                       List<FieldError> errors) {
        if (id == null) {
            if (required) {
                errors.add(FieldError.of(field, "field.required"));
            }
            return Optional.empty();
        }
        Optional<TrainingDatasets.Dataset> found = datasets.find(handle, id);
        if (found.isEmpty()) {
            errors.add(FieldError.of(field, "field.unknown-dataset"));
            return found;
        }
        TrainingDatasets.Dataset dataset = found.get();
        if (trainer.isPresent() && !trainer.get().datasetFormats().contains(dataset.format())) {
            errors.add(new FieldError(field, "field.format-not-supported",
                    Map.of("format", dataset.format(), "trainer", trainer.get().name(), "allowed", String.join(", ", trainer.get().datasetFormats()))));
        } else if (dataset.schema().isPresent() && dataset.schema().get().labelColumn() == null) {
            errors.add(FieldError.of(field, "field.no-label-column"));
        }
        return found;
    }

    /**
     * Pools big enough for the job whose region may process the data and store the model; those of
     * the dataset's own region first. Each region's decisions are asked (and audited) once.
     */
    private List<String> place(Handle handle, Caller caller, String model, TrainingDatasets.Dataset dataset, int gpus) {
        List<Pool> candidates = pools.pools().stream().filter(pool -> pool.gpus() >= gpus)
                .sorted(Comparator.comparing((Pool pool) -> !pool.region().equals(dataset.region())).thenComparing(Pool::name))
                .toList();
        Map<String, Decision> denied = new LinkedHashMap<>();
        Map<String, Boolean> regionAllowed = new LinkedHashMap<>();
        List<String> allowed = new ArrayList<>();
        for (Pool pool : candidates) {
            boolean ok = regionAllowed.computeIfAbsent(pool.region(), region -> {
                for (Action action : List.of(Action.PROCESS, Action.STORE)) {
                    Decision decision = decisions.decide(handle, caller, new DecisionRequest(action, "training:" + model + " dataset:"
                            + dataset.name(), dataset.dataClass(), dataset.sourceRegion(), region, dataset.piiFound()));
                    if (!decision.allowed()) {
                        denied.putIfAbsent(region, decision);
                        return false;
                    }
                }
                return true;
            });
            if (ok) {
                allowed.add(pool.name());
            }
        }
        if (allowed.isEmpty()) {
            Decision first = denied.getOrDefault(dataset.region(), denied.values().iterator().next());
            throw PolicyDecisions.denied("dataset:" + dataset.name(), "dataset", first);
        }
        return allowed;
    }

    private static FieldError fieldError(Violation violation) {
        return new FieldError(violation.field(), violation.key(), violation.arguments());
    }
}
