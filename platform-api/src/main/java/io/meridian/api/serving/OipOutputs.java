package io.meridian.api.serving;

import io.meridian.api.models.ServableVersions;
import io.meridian.registry.ModelTask;
import io.meridian.training.serving.ClassPrediction;
import io.meridian.training.serving.Prediction;
import io.meridian.training.serving.ValuePrediction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A served prediction as v2 output tensors. A classifier answers {@code label} (BYTES [n], the model's
 * labels), {@code label_text} (BYTES [n], the labels in the request's language: a tensor, because v2
 * parameters hold scalars only) and {@code probabilities} (FP32 [n, k], columns in the signature's
 * label order); a regression answers {@code value} (FP32 [n]).
 */
final class OipOutputs {

    static final String LABEL = "label";
    static final String LABEL_TEXT = "label_text";
    static final String PROBABILITIES = "probabilities";
    static final String VALUE = "value";

    private OipOutputs() {
    }

    static List<OipViews.TensorMetadata> metadata(ServableVersions.Servable servable) {
        if (servable.task() == ModelTask.REGRESSION) {
            return List.of(new OipViews.TensorMetadata(VALUE, OipDatatypes.FP32, List.of(-1)));
        }
        return List.of(new OipViews.TensorMetadata(LABEL, OipDatatypes.BYTES, List.of(-1)),
                new OipViews.TensorMetadata(LABEL_TEXT, OipDatatypes.BYTES, List.of(-1)),
                new OipViews.TensorMetadata(PROBABILITIES, OipDatatypes.FP32,
                        List.of(-1, servable.version().signature().labels().size())));
    }

    /** The input's shape with the batch dimension first: {@code [-1]} for a scalar. */
    static List<Integer> batched(List<Integer> shape) {
        List<Integer> batched = new ArrayList<>();
        batched.add(-1);
        batched.addAll(!shape.isEmpty() && shape.getFirst() == -1 ? shape.subList(1, shape.size()) : shape);
        return batched;
    }

    /** The outputs of {@code served}, only those named in {@code requested} (all known) when it is not null. */
    static List<OipViews.OutputTensor> of(ServedPrediction served, List<String> requested) {
        int rows = served.predictions().size();
        Map<String, OipViews.OutputTensor> all = new LinkedHashMap<>();
        if (served.servable().task() == ModelTask.REGRESSION) {
            all.put(VALUE, new OipViews.OutputTensor(VALUE, OipDatatypes.FP32, List.of(rows),
                    served.predictions().stream().map(each -> ((ValuePrediction) each).value()).toList()));
        } else {
            List<String> labels = served.servable().version().signature().labels();
            List<Double> probabilities = new ArrayList<>(rows * labels.size());
            for (Prediction prediction : served.predictions()) {
                Map<String, Double> byLabel = new LinkedHashMap<>();
                ((ClassPrediction) prediction).probabilities().forEach(each -> byLabel.put(each.label(), each.probability()));
                labels.forEach(label -> probabilities.add(byLabel.getOrDefault(label, 0.0)));
            }
            all.put(LABEL, new OipViews.OutputTensor(LABEL, OipDatatypes.BYTES, List.of(rows),
                    served.predictions().stream().map(each -> ((ClassPrediction) each).label()).toList()));
            all.put(LABEL_TEXT, new OipViews.OutputTensor(LABEL_TEXT, OipDatatypes.BYTES, List.of(rows),
                    served.answers().stream().map(PredictionViews.RowPrediction::labelText).toList()));
            all.put(PROBABILITIES, new OipViews.OutputTensor(PROBABILITIES, OipDatatypes.FP32, List.of(rows, labels.size()),
                    probabilities));
        }
        if (requested == null) {
            return List.copyOf(all.values());
        }
        // every name was checked before predicting (OipInferRequest.checkAnswerable)
        return requested.stream().map(all::get).toList();
    }
}
