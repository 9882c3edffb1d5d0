package io.meridian.training.trainers;

import java.util.List;
import java.util.Optional;

public final class TrainerCatalog {
    public static TrainerCatalog standard() { return new TrainerCatalog(); }
    public Optional<Trainer> find(String name) { return Optional.empty(); }
    public List<String> names() { return List.of(); }
}
