package io.meridian.training.trainers;

import java.util.List;
import java.util.Optional;

/** The trainers a job may name, one shared instance each (trainers are stateless). */
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
        return new TrainerCatalog(List.of(new TribuoLogisticRegressionTrainer(), new TribuoCartTrainer(),
                new TribuoLinearRegressionTrainer(), new TribuoTextClassificationTrainer(), new DjlMlpTrainer()));
    }

    public List<Trainer> trainers() {
        return trainers;
    }

    public Optional<Trainer> find(String name) {
        return trainers.stream().filter(trainer -> trainer.name().equals(name)).findFirst();
    }

    /** The trainers that read datasets of {@code format} ({@code CSV}, {@code IDX}). */
    public List<Trainer> forFormat(String format) {
        return trainers.stream().filter(trainer -> trainer.datasetFormats().contains(format)).toList();
    }
}
