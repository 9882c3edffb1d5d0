package io.meridian.api.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.meridian.training.trainers.Trainer;
import io.meridian.training.trainers.TrainerCatalog;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** The standard trainers plus {@link ConstantTrainer}, for the test classes that set {@value #PROPERTY}. */
@Factory
@Requires(property = ConstantTrainerCatalog.PROPERTY, value = "true")
public class ConstantTrainerCatalog {

    public static final String PROPERTY = "meridian.test.constant-trainer";

    @Singleton
    @Replaces(TrainerCatalog.class)
    TrainerCatalog trainerCatalog() {
        List<Trainer> trainers = new ArrayList<>(TrainerCatalog.standard().trainers());
        trainers.add(new ConstantTrainer());
        return new TrainerCatalog(trainers);
    }
}
