package io.meridian.training.serving;

import io.meridian.registry.ModelTask;
import io.meridian.training.datasets.IdxFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TribuoPredictorTest {

    @Test
    void logisticRegressionPredictsTheTrainingDistributionWithRankedProbabilities() throws Exception {
        Rows.Labelled fresh = Rows.blobs(300, 11);
        try (Predictor predictor = TrainedModels.load(TrainedModels.blobsLogistic(), ServingOptions.defaults())) {
            List<Prediction> predictions = predictor.predict(fresh.rows().subList(0, 300));

            assertThat(Rows.accuracy(predictions, fresh.labels())).isGreaterThan(0.9);
            assertThat(predictions).allSatisfy(TribuoPredictorTest::isRankedDistributionOverAB);
            assertThat(predictor.task()).isEqualTo(ModelTask.CLASSIFICATION);
        }
    }

    @Test
    void cartGivesItsLeafProportions() throws Exception {
        Rows.Labelled fresh = Rows.blobs(300, 12);
        try (Predictor predictor = TrainedModels.load(TrainedModels.blobsCart(), ServingOptions.defaults())) {
            List<Prediction> predictions = predictor.predict(fresh.rows());

            assertThat(Rows.accuracy(predictions, fresh.labels())).isGreaterThan(0.9);
            assertThat(predictions).allSatisfy(TribuoPredictorTest::isRankedDistributionOverAB);
            // its batch path is Tribuo row by row, and says the same
            BatchPredictions batch = predictor.predictBatch(blobsBatch(fresh.rows()));
            for (int i = 0; i < fresh.rows().size(); i++) {
                assertThat(batch.label(i)).isEqualTo(Rows.predictedLabel(predictions.get(i)));
            }
        }
    }

    @Test
    void linearRegressionPredictsCloseValues() throws Exception {
        Random random = new Random(5);
        try (Predictor predictor = TrainedModels.load(TrainedModels.pricesRegression(), ServingOptions.defaults())) {
            double worst = 0;
            for (int i = 0; i < 50; i++) {
                double area = 20 + random.nextDouble() * 80;
                int age = random.nextInt(40);
                boolean premium = random.nextBoolean();
                double truth = 50 + 3 * area - 2 * age + (premium ? 10 : 0);
                Prediction prediction = predictor.predict(List.of(Rows.row("area", area, "age", age, "premium", premium,
                        "segment", random.nextBoolean() ? "city" : "rural"))).getFirst();
                worst = Math.max(worst, Math.abs(((ValuePrediction) prediction).value() - truth));
            }
            // the prices run from about 50 to 360, the noise has σ = 1
            assertThat(worst).isLessThan(4);
        }
    }

    @Test
    void textClassifierReadsGermanAndJapaneseSentencesItHasNotSeen() throws Exception {
        try (Predictor predictor = TrainedModels.load(TrainedModels.texts(), ServingOptions.defaults())) {
            List<Prediction> predictions = predictor.predict(List.of(
                    Rows.row("text", "Am Wochenende hat die Mannschaft im Stadion ein Tor geschossen."),
                    Rows.row("text", "Die Suppe aus dieser Küche schmeckt nach Käse."),
                    Rows.row("text", "週末は友達とサッカーの試合を見た"),
                    Rows.row("text", "母が台所でラーメンとスープを作った")));

            assertThat(predictions).extracting(Rows::predictedLabel).containsExactly("sport", "food", "sport", "food");
            assertThat(predictions).allSatisfy(prediction -> assertThat(((ClassPrediction) prediction).probabilities()
                    .stream().mapToDouble(LabelProbability::probability).sum()).isCloseTo(1, within(1e-9)));
        }
    }

    @Test
    void aTextWithoutAWordTheModelKnowsIsRefusedNotGuessed() throws Exception {
        try (Predictor predictor = TrainedModels.load(TrainedModels.texts(), ServingOptions.defaults())) {
            assertThatThrownBy(() -> predictor.predict(List.of(Rows.row("text", "Fußball"), Rows.row("text", "xyzzy plugh!"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.field() + " " + v.key()).containsExactly("rows[1] field.no-known-features"));
        }
    }

    @Test
    void imageModelTakesPixelsAsNestedLists() throws Exception {
        try (Predictor predictor = TrainedModels.load(TrainedModels.imagesLogistic(), ServingOptions.defaults())) {
            byte[] labels = IdxFiles.labelValues(50, 10, 99);
            byte[] idx = IdxFiles.images(labels, 12, 99);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int image = 0; image < labels.length; image++) {
                List<List<Integer>> pixels = new ArrayList<>();
                for (int r = 0; r < 12; r++) {
                    List<Integer> line = new ArrayList<>();
                    for (int c = 0; c < 12; c++) {
                        // IDX images: a 16-byte header, then one unsigned byte per pixel
                        line.add(idx[16 + image * 144 + r * 12 + c] & 0xff);
                    }
                    pixels.add(line);
                }
                rows.add(Map.of("pixels", pixels));
            }
            List<Prediction> predictions = predictor.predict(rows);
            List<String> truth = new ArrayList<>();
            for (byte label : labels) {
                truth.add(String.valueOf(label));
            }
            assertThat(Rows.accuracy(predictions, truth)).isGreaterThan(0.9);
        }
    }

    @Test
    void aClosedModelAnswersNoMore() throws Exception {
        Predictor predictor = TrainedModels.load(TrainedModels.blobsLogistic(), ServingOptions.defaults());
        List<Map<String, Object>> row = List.of(Rows.row("x", 1.0, "y", 10.0, "color", "red"));
        assertThat(predictor.predict(row)).hasSize(1);

        predictor.close();

        assertThatThrownBy(() -> predictor.predict(row)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> predictor.predictBatch(blobsBatch(row))).isInstanceOf(IllegalStateException.class);
    }

    static ColumnBatch blobsBatch(List<Map<String, Object>> rows) {
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        String[] color = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Object xValue = rows.get(i).get("x");
            Object yValue = rows.get(i).get("y");
            x[i] = xValue == null ? Double.NaN : ((Number) xValue).doubleValue();
            y[i] = yValue == null ? Double.NaN : ((Number) yValue).doubleValue();
            color[i] = (String) rows.get(i).get("color");
        }
        return ColumnBatch.builder(rows.size()).numbers("x", x).numbers("y", y).strings("color", color).build();
    }

    private static void isRankedDistributionOverAB(Prediction prediction) {
        ClassPrediction classes = (ClassPrediction) prediction;
        assertThat(classes.probabilities()).extracting(LabelProbability::label).containsExactlyInAnyOrder("a", "b");
        assertThat(classes.probabilities().stream().mapToDouble(LabelProbability::probability).sum()).isCloseTo(1, within(1e-9));
        assertThat(classes.probabilities().getFirst().probability()).isGreaterThanOrEqualTo(classes.probabilities().getLast().probability());
        assertThat(classes.label()).isEqualTo(classes.probabilities().getFirst().label());
    }
}
