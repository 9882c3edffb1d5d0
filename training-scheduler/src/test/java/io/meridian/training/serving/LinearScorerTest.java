package io.meridian.training.serving;

import io.meridian.training.trainers.TrainingOutcome;
import io.meridian.training.trainers.TribuoModels;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The batch path that scores from the weight matrix says what Tribuo's own predict says. */
class LinearScorerTest {

    @Test
    void logisticRegressionBatchEqualsTribuoIncludingMissingValuesAndUnseenCategories() throws Exception {
        TrainingOutcome outcome = TrainedModels.blobsLogistic();
        @SuppressWarnings("unchecked")
        Model<Label> tribuo = (Model<Label>) TribuoModels.load(outcome.artifact());
        List<Map<String, Object>> rows = new ArrayList<>(Rows.blobs(200, 21).rows());
        rows.add(Rows.row("x", null, "y", 12.0, "color", "red"));
        rows.add(Rows.row("x", -0.3, "y", null, "color", "purple"));
        rows.add(Rows.row("x", 0.0, "y", 0.0, "color", null));
        ServingOptions options = ServingOptions.defaults().withUnknownCategoriesAllowed(true);

        try (Predictor predictor = TrainedModels.load(outcome, options)) {
            assertThat(((TribuoPredictor<?>) predictor).scoresBatchesLinearly()).isTrue();
            BatchPredictions batch = predictor.predictBatch(TribuoPredictorTest.blobsBatch(rows));

            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                List<String> names = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (String column : List.of("x", "y")) {
                    if (row.get(column) != null) {
                        names.add(column);
                        values.add((Double) row.get(column));
                    }
                }
                if (row.get("color") != null && List.of("red", "green", "blue").contains(row.get("color"))) {
                    names.add("color=" + row.get("color"));
                    values.add(1.0);
                }
                Map<String, Label> scores = tribuo.predict(new ArrayExample<>(new Label("?"), names.toArray(String[]::new),
                        values.stream().mapToDouble(Double::doubleValue).toArray())).getOutputScores();
                for (int k = 0; k < batch.labels().size(); k++) {
                    assertThat((double) batch.probability(i, k)).as("row %d label %d", i, k)
                            .isCloseTo(scores.get(batch.labels().get(k)).getScore(), within(1e-6));
                }
            }
            // and the rows path (Tribuo itself) agrees on the labels
            List<Prediction> predictions = predictor.predict(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(batch.label(i)).isEqualTo(Rows.predictedLabel(predictions.get(i)));
            }
        }
    }

    @Test
    void linearRegressionBatchEqualsTribuo() throws Exception {
        TrainingOutcome outcome = TrainedModels.pricesRegression();
        @SuppressWarnings("unchecked")
        Model<Regressor> tribuo = (Model<Regressor>) TribuoModels.load(outcome.artifact());
        Random random = new Random(3);
        int rows = 100;
        double[] area = new double[rows];
        double[] age = new double[rows];
        double[] premium = new double[rows];
        String[] segment = new String[rows];
        for (int i = 0; i < rows; i++) {
            area[i] = 20 + random.nextDouble() * 80;
            age[i] = random.nextInt(40);
            premium[i] = random.nextBoolean() ? 1 : 0;
            segment[i] = random.nextBoolean() ? "city" : "rural";
        }
        try (Predictor predictor = TrainedModels.load(outcome, ServingOptions.defaults())) {
            assertThat(((TribuoPredictor<?>) predictor).scoresBatchesLinearly()).isTrue();
            BatchPredictions batch = predictor.predictBatch(ColumnBatch.builder(rows).numbers("area", area).numbers("age", age)
                    .numbers("premium", premium).strings("segment", segment).build());

            for (int i = 0; i < rows; i++) {
                double expected = tribuo.predict(new ArrayExample<>(new Regressor("price", Double.NaN),
                        new String[] {"age", "area", "premium", "segment=" + segment[i]},
                        new double[] {age[i], area[i], premium[i], 1})).getOutput().getValues()[0];
                assertThat(batch.value(i)).isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void aBatchRowWithoutAnyFeatureIsRefusedAsTribuoWouldRefuseIt() throws Exception {
        try (Predictor predictor = TrainedModels.load(TrainedModels.blobsLogistic(), ServingOptions.defaults())) {
            ColumnBatch batch = ColumnBatch.builder(2).numbers("x", new double[] {1, Double.NaN})
                    .numbers("y", new double[] {1, Double.NaN}).strings("color", new String[] {"red", "purple"}).build();

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> predictor.predictBatch(batch))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.field() + " " + v.key()).containsExactly("rows[1] field.no-known-features"));
        }
    }
}
