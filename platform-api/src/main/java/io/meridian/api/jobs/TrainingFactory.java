package io.meridian.api.jobs;

import io.meridian.training.scheduling.AdmissionPlanner;
import io.meridian.training.scheduling.AdmissionSettings;
import io.meridian.training.trainers.TrainerCatalog;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The scheduler's plain-Java parts, configured. */
@Factory
final class TrainingFactory {

    @Singleton
    AdmissionPlanner admissionPlanner(@Value("${meridian.training.aging-step:10m}") Duration agingStep,
                                      @Value("${meridian.training.starvation-after:30m}") Duration starvationAfter) {
        return new AdmissionPlanner(new AdmissionSettings(agingStep, starvationAfter));
    }

    @Singleton
    TrainerCatalog trainerCatalog() {
        return TrainerCatalog.standard();
    }
}
