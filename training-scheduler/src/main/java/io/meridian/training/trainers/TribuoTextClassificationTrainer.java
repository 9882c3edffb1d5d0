package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.training.datasets.ColumnProfile;
import io.meridian.training.datasets.ColumnType;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.DatasetFormatException;
import org.tribuo.Example;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tribuo-text-classification}: a text column and a label; words found by ICU's word
 * segmentation ({@link IcuWordFeatures}, so Chinese and Japanese split into words too), counted
 * as a bag of words (and bigrams when asked), classified by Tribuo's logistic regression.
 */
public final class TribuoTextClassificationTrainer extends DeclaredTrainer {

    public static final String NAME = "tribuo-text-classification";
    static final String BIGRAMS = "bigrams";
    static final String TEXT_COLUMN = "textColumn";

    private static final HyperparameterSpec SPEC;

    static {
        List<Hyperparameter> parameters = new ArrayList<>(TribuoLogisticFit.hyperparameters(10));
        parameters.add(Hyperparameter.bool(BIGRAMS, false));
        parameters.add(Hyperparameter.text(TEXT_COLUMN, 200));
        SPEC = new HyperparameterSpec(parameters.toArray(Hyperparameter[]::new));
    }

    public TribuoTextClassificationTrainer() {
        super(NAME, List.of("CSV"), false, SPEC);
    }

    @Override
    public TrainingOutcome train(TrainingRun run) throws Exception {
        Hyperparameters hyperparameters = SPEC.resolve(run.hyperparameters());
        CsvTrainingData data = CsvTrainingData.load(run, hyperparameters.testFraction());
        String textColumn = hyperparameters.optionalText(TEXT_COLUMN).orElseGet(() -> firstTextColumn(data.schema()));
        int text = data.train().column(textColumn);
        boolean bigrams = hyperparameters.bool(BIGRAMS);
        List<Example<Label>> train = TribuoExamples.fromTexts(data.train(), text, data.labelColumn(), bigrams, run.log());
        List<Example<Label>> test = TribuoExamples.fromTexts(data.test(), text, data.labelColumn(), bigrams, run.log());
        TribuoLogisticFit.Result result = TribuoLogisticFit.fit(run, hyperparameters, train, test, null);
        Signature signature = new Signature(List.of(new Feature(textColumn, FeatureType.TEXT, List.of())), result.labels());
        Map<String, String> inEffect = new LinkedHashMap<>(hyperparameters.asStrings());
        inEffect.put(TEXT_COLUMN, textColumn);
        return new TrainingOutcome(TribuoArtifacts.write(result.model(), run.workDirectory()), ArtifactFormat.TRIBUO,
                ModelTask.TEXT_CLASSIFICATION, signature, result.metrics(), inEffect,
                TribuoArtifacts.provenanceJson(result.model()), "cpu()");
    }

    /** Short texts that repeat may have been inferred as a category; only TEXT is taken unasked. */
    private static String firstTextColumn(CsvSchema schema) {
        return schema.columns().stream()
                .filter(column -> column.type() == ColumnType.TEXT && !column.name().equals(schema.labelColumn()))
                .map(ColumnProfile::name).findFirst()
                .orElseThrow(() -> new DatasetFormatException("field.no-text-column", Map.of()));
    }
}
