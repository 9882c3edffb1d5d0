package io.meridian.training.serving;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.training.trainers.TribuoModels;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link TribuoPredictor} of an artifact of the Tribuo trainers: its input from the signature, its output from the task. */
final class TribuoPredictors {

    private TribuoPredictors() {
    }

    @SuppressWarnings("unchecked")
    static Predictor load(Path artifact, Signature signature, ModelTask task, ServingOptions options) throws IOException {
        Model<?> model = TribuoModels.load(artifact);
        Set<String> featureNames = model.getFeatureIDMap().keySet();
        TribuoInput input;
        Map<String, Set<String>> categories = Map.of();
        List<Feature> inputs = signature.inputs();
        if (inputs.size() == 1 && inputs.getFirst().type() == FeatureType.TEXT) {
            // bigram features exist only when training counted them; counting them otherwise would only cost time
            boolean bigrams = featureNames.stream().anyMatch(name -> name.startsWith("b="));
            input = new TextTribuoInput(inputs.getFirst().name(), bigrams);
        } else if (inputs.size() == 1 && inputs.getFirst().type() == FeatureType.TENSOR) {
            input = new ImageTribuoInput(inputs.getFirst().name(), TensorValues.width(TensorValues.rowShape(inputs.getFirst().shape())));
        } else {
            TabularTribuoInput tabular = TabularTribuoInput.of(inputs, featureNames);
            categories = tabular.categories();
            input = tabular;
        }
        InputValidation validation = new InputValidation(signature, categories, options);

        if (task == ModelTask.REGRESSION) {
            Model<Regressor> regression = requireOutput(model, Regressor.class, task);
            LinearScorer linear = input.dense().flatMap(dense -> LinearScorer.of(regression, dense, null)).orElse(null);
            return new TribuoPredictor<>(regression, signature, task, validation, input, TribuoOutputReader.value(),
                    RegressionFactory.UNKNOWN_REGRESSOR, null, linear);
        }
        LabelRanking ranking = new LabelRanking(signature.labels());
        if (model.validate(Label.class)) {
            Model<Label> classifier = (Model<Label>) model;
            requireLabels(classifier.getOutputIDInfo().getDomain().stream().map(Label::getLabel).toList(), signature);
            LinearScorer linear = input.dense().flatMap(dense -> LinearScorer.of(classifier, dense, ranking)).orElse(null);
            return new TribuoPredictor<>(classifier, signature, task, validation, input, TribuoOutputReader.labels(ranking),
                    LabelFactory.UNKNOWN_LABEL, ranking, linear);
        }
        // tribuo-cart: a joint regression tree with one dimension per label
        Model<Regressor> cart = requireOutput(model, Regressor.class, task);
        requireLabels(cart.getOutputIDInfo().getDomain().stream().flatMap(r -> List.of(r.getNames()).stream()).toList(), signature);
        return new TribuoPredictor<>(cart, signature, task, validation, input, TribuoOutputReader.cartClasses(ranking),
                RegressionFactory.UNKNOWN_REGRESSOR, ranking, null);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Output<T>> Model<T> requireOutput(Model<?> model, Class<T> type, ModelTask task) {
        if (!model.validate(type)) {
            throw new IllegalArgumentException("a " + task + " version's Tribuo model must predict " + type.getSimpleName());
        }
        return (Model<T>) model;
    }

    /** A signature that names other labels than the model has would translate the wrong answers. */
    private static void requireLabels(List<String> modelLabels, Signature signature) {
        if (!new HashSet<>(modelLabels).equals(new HashSet<>(signature.labels()))) {
            throw new IllegalArgumentException("the model's labels " + modelLabels + " differ from its signature's " + signature.labels());
        }
    }
}
