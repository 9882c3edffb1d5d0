package io.meridian.training.trainers;

import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Predicts held-out examples one by one. Tribuo refuses an example none of whose features the
 * model knows, and with it the whole evaluation: a short text made only of words the training
 * split lacks does that (common in inflected languages such as Arabic). Such an example gets the
 * most frequent training label, the best guess without evidence, so it counts as a prediction
 * (usually a wrong one) instead of failing the job.
 */
final class HeldOutPredictions {

    private final String fallback;

    HeldOutPredictions(Collection<Example<Label>> train) {
        // ties broken by name, so that a rerun with the same data gives the same fallback
        this.fallback = train.stream().map(example -> example.getOutput().getLabel())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow();
    }

    String fallback() {
        return fallback;
    }

    List<String> labels(Model<Label> model, Iterable<Example<Label>> examples) {
        List<String> labels = new ArrayList<>();
        for (Example<Label> example : examples) {
            labels.add(knowsAny(model.getFeatureIDMap(), example) ? model.predict(example).getOutput().getLabel() : fallback);
        }
        return labels;
    }

    double accuracy(Model<Label> model, Iterable<Example<Label>> examples) {
        List<String> predicted = labels(model, examples);
        int correct = 0;
        int i = 0;
        for (Example<Label> example : examples) {
            correct += example.getOutput().getLabel().equals(predicted.get(i++)) ? 1 : 0;
        }
        return correct / (double) predicted.size();
    }

    /** How many examples have no feature the model knows. */
    static long withoutKnownFeatures(Model<Label> model, Iterable<Example<Label>> examples) {
        long count = 0;
        for (Example<Label> example : examples) {
            count += knowsAny(model.getFeatureIDMap(), example) ? 0 : 1;
        }
        return count;
    }

    private static boolean knowsAny(ImmutableFeatureMap features, Example<Label> example) {
        for (Feature feature : example) {
            if (features.getID(feature.getName()) >= 0) {
                return true;
            }
        }
        return false;
    }
}
