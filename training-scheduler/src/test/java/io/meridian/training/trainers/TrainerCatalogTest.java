package io.meridian.training.trainers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainerCatalogTest {

    private final TrainerCatalog catalog = TrainerCatalog.standard();

    @Test
    void findsEveryTrainerByName() {
        assertThat(catalog.trainers()).extracting(Trainer::name).containsExactly("tribuo-logistic-regression", "tribuo-cart",
                "tribuo-linear-regression", "tribuo-text-classification", "djl-mlp");
        assertThat(catalog.find("djl-mlp")).get().isInstanceOf(DjlMlpTrainer.class);
        assertThat(catalog.find("xgboost")).isEmpty();
    }

    @Test
    void saysWhichReadImagesAndWhichUseGpus() {
        assertThat(catalog.forFormat("IDX")).extracting(Trainer::name).containsExactly("tribuo-logistic-regression", "djl-mlp");
        assertThat(catalog.trainers()).filteredOn(Trainer::usesGpus).extracting(Trainer::name).containsExactly("djl-mlp");
    }

    @Test
    void refusesTwoTrainersOfOneName() {
        assertThatThrownBy(() -> new TrainerCatalog(List.of(new DjlMlpTrainer(), new DjlMlpTrainer())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
