package io.meridian.training.serving;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DjlMlpPredictorTest {

    @Test
    void predictsTheTrainingDistributionAndItsBatchPathAgrees() throws Exception {
        Rows.Labelled fresh = Rows.blobs(300, 31);
        try (Predictor predictor = TrainedModels.load(TrainedModels.blobsMlp(), ServingOptions.defaults())) {
            List<Prediction> predictions = predictor.predict(fresh.rows());

            assertThat(Rows.accuracy(predictions, fresh.labels())).isGreaterThan(0.9);
            assertThat(predictions).allSatisfy(prediction -> {
                ClassPrediction classes = (ClassPrediction) prediction;
                assertThat(classes.probabilities().stream().mapToDouble(LabelProbability::probability).sum()).isCloseTo(1, within(1e-5));
                assertThat(classes.probabilities().getFirst().label()).isEqualTo(classes.label());
            });
            BatchPredictions batch = predictor.predictBatch(TribuoPredictorTest.blobsBatch(fresh.rows()));
            for (int i = 0; i < fresh.rows().size(); i++) {
                ClassPrediction row = (ClassPrediction) predictions.get(i);
                assertThat(batch.label(i)).isEqualTo(row.label());
                assertThat((double) batch.probability(i, batch.labels().indexOf(row.label())))
                        .isCloseTo(row.probabilities().getFirst().probability(), within(1e-6));
            }
        }
    }

    @Test
    void manyThreadsOnAPoolOfTwoGetTheSingleThreadedAnswers() throws Exception {
        Rows.Labelled fresh = Rows.blobs(40, 32);
        try (Predictor predictor = TrainedModels.load(TrainedModels.blobsMlp(), ServingOptions.defaults().withPredictorPoolSize(2))) {
            List<Prediction> alone = new ArrayList<>();
            for (Map<String, Object> row : fresh.rows()) {
                alone.add(predictor.predict(List.of(row)).getFirst());
            }
            List<Callable<List<Prediction>>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(() -> {
                    List<Prediction> answers = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        for (Map<String, Object> row : fresh.rows()) {
                            answers.add(predictor.predict(List.of(row)).getFirst());
                        }
                    }
                    return answers;
                });
            }
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                for (Future<List<Prediction>> answers : threads.invokeAll(callers)) {
                    List<Prediction> got = answers.get();
                    for (int i = 0; i < got.size(); i++) {
                        assertThat(got.get(i)).isEqualTo(alone.get(i % alone.size()));
                    }
                }
            } finally {
                threads.shutdown();
            }
            // every predictor came back
            PredictorPool pool = ((DjlMlpPredictor) predictor).pool();
            assertThat(pool.idle()).isEqualTo(pool.size()).isEqualTo(2);
        }
    }

    @Test
    void closingFreesTheNetworkAndItsPredictors() throws Exception {
        DjlMlpPredictor predictor = (DjlMlpPredictor) TrainedModels.load(TrainedModels.blobsMlp(), ServingOptions.defaults());
        List<Map<String, Object>> row = List.of(Rows.row("x", 1.0, "y", 10.0, "color", "red"));
        assertThat(predictor.predict(row)).hasSize(1);
        assertThat(predictor.mlp().model().getNDManager().isOpen()).isTrue();

        predictor.close();

        assertThat(predictor.mlp().model().getNDManager().isOpen()).isFalse();
        assertThat(predictor.pool().idle()).isZero();
        assertThatThrownBy(() -> predictor.predict(row)).isInstanceOf(IllegalStateException.class);
    }
}
