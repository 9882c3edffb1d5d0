package io.meridian.training.trainers;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.ModelTask;
import io.meridian.training.datasets.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TribuoTextClassificationTrainerTest {

    @TempDir
    Path dir;

    private final TribuoTextClassificationTrainer trainer = new TribuoTextClassificationTrainer();

    @Test
    void classifiesUnseenSentencesInFourLanguages() throws Exception {
        TrainingData train = RunRecorder.csv(SyntheticTexts.write(dir.resolve("train.csv"), 400, 1, 0,
                SyntheticTexts.EN, SyntheticTexts.DE, SyntheticTexts.ZH, SyntheticTexts.JA), "topic");
        // another sentence template: only the topic words are shared with training
        TrainingData cjkTest = RunRecorder.csv(SyntheticTexts.write(dir.resolve("cjk.csv"), 100, 2, 1,
                SyntheticTexts.ZH, SyntheticTexts.JA), "topic");
        TrainingData latinTest = RunRecorder.csv(SyntheticTexts.write(dir.resolve("latin.csv"), 100, 3, 1,
                SyntheticTexts.EN, SyntheticTexts.DE), "topic");

        TrainingOutcome cjk = trainer.train(new RunRecorder().run(train, Optional.of(cjkTest), Map.of("epochs", 5), 0, dir));
        TrainingOutcome latin = trainer.train(new RunRecorder().run(train, Optional.of(latinTest), Map.of("epochs", 5, "bigrams", true), 0, dir));

        // two balanced topics: a guess gets 0.5
        assertThat(cjk.metrics().values().get("accuracy")).isGreaterThan(0.9);
        assertThat(latin.metrics().values().get("accuracy")).isGreaterThan(0.9);
        assertThat(cjk.task()).isEqualTo(ModelTask.TEXT_CLASSIFICATION);
        assertThat(cjk.signature().inputs()).containsExactly(new Feature("text", FeatureType.TEXT, List.of()));
        assertThat(cjk.signature().labels()).containsExactly("food", "sport");
        assertThat(cjk.hyperparameters()).containsEntry("textColumn", "text").containsEntry("bigrams", "false");

        @SuppressWarnings("unchecked")
        Model<Label> model = (Model<Label>) TribuoModels.load(cjk.artifact());
        Map<String, Double> features = IcuWordFeatures.of("週末は友達とサッカーを見た", false);
        assertThat(model.predict(new ArrayExample<>(new Label("?"), features.keySet().toArray(String[]::new),
                features.values().stream().mapToDouble(Double::doubleValue).toArray())).getOutput().getLabel()).isEqualTo("sport");
    }

    @Test
    void aHeldOutTextOfOnlyUnknownWordsIsAPredictionNotAFailure() throws Exception {
        TrainingData train = RunRecorder.csv(SyntheticTexts.write(dir.resolve("train.csv"), 200, 1, 0, SyntheticTexts.EN), "topic");
        // Tribuo refuses to predict an example without a known feature; the evaluation must not fail on it
        java.nio.file.Files.writeString(dir.resolve("unknown.csv"), "text,topic\nzyx qwv,food\nwrbl frmp,sport\n");
        TrainingData test = RunRecorder.csv(dir.resolve("unknown.csv"), "topic");
        RunRecorder recorder = new RunRecorder();

        TrainingOutcome outcome = trainer.train(recorder.run(train, Optional.of(test), Map.of("epochs", 2, "textColumn", "text"), 0, dir));

        // both get the most frequent training label: one of the two is right
        assertThat(outcome.metrics().values().get("accuracy")).isEqualTo(0.5);
        assertThat(recorder.progress).hasSize(2);
        assertThat(recorder.log).anyMatch(line -> line.startsWith("2 held-out examples have no feature the model knows"));
    }

    @Test
    void needsATextColumn() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.blobs(dir.resolve("blobs.csv"), 50, 1), "label");
        TrainingData numbersOnly = RunRecorder.csv(SyntheticCsv.rings(dir.resolve("rings.csv"), 50, 1), "label");

        assertThatThrownBy(() -> trainer.train(new RunRecorder().run(numbersOnly, Map.of(), dir)))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.key()).isEqualTo("field.no-text-column"));
        assertThatThrownBy(() -> trainer.train(new RunRecorder().run(data, Map.of("textColumn", "nope"), dir)))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.arguments()).containsEntry("column", "nope"));
    }
}
