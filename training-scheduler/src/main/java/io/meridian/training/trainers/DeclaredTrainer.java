package io.meridian.training.trainers;

import io.meridian.registry.Violation;

import java.util.List;
import java.util.Map;

/** A trainer whose name, dataset formats, GPU use and hyperparameters are fixed when it is made. */
abstract class DeclaredTrainer implements Trainer {

    private final String name;
    private final List<String> datasetFormats;
    private final boolean usesGpus;
    private final HyperparameterSpec hyperparameters;

    DeclaredTrainer(String name, List<String> datasetFormats, boolean usesGpus, HyperparameterSpec hyperparameters) {
        this.name = name;
        this.datasetFormats = List.copyOf(datasetFormats);
        this.usesGpus = usesGpus;
        this.hyperparameters = hyperparameters;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> datasetFormats() {
        return datasetFormats;
    }

    @Override
    public final boolean usesGpus() {
        return usesGpus;
    }

    @Override
    public final List<Violation> validate(Map<String, Object> hyperparameters) {
        return this.hyperparameters.validate(hyperparameters);
    }
}
