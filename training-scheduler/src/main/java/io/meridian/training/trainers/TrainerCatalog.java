package io.meridian.training.trainers;

import java.util.List;
import java.util.Optional;

/**
 * The trainers a job may name, one shared instance each (trainers are stateless). The built-in trainers come
 * on the {@code trainers} branch; until then {@link #standard()} is empty and the list constructor lets tests
 * and embedders bring their own.
 */
public final class TrainerCatalog {

    private final List<Trainer> trainers;

    public TrainerCatalog(List<Trainer> trainers) {
        this.trainers = List.copyOf(trainers);
        long names = trainers.stream().map(Trainer::name).distinct().count();
        if (names != trainers.size()) {
            throw new IllegalArgumentException("two trainers share a name");
        }
    }

    /** Every built-in trainer. */
    public static TrainerCatalog standard() {
        return new TrainerCatalog(List.of());
    }

    public List<Trainer> trainers() {
        return trainers;
    }

    public Optional<Trainer> find(String name) {
        return trainers.stream().filter(trainer -> trainer.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return trainers.stream().map(Trainer::name).toList();
    }
}
