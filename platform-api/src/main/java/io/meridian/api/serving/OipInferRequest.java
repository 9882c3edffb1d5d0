package io.meridian.api.serving;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.meridian.api.models.ServableVersions;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.ProblemCode;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.Signature;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A v2 inference request: one tensor per input, columnar ({@code inputs[i].data} holds that input of
 * every row, flat or nested row-major), turned into the rows {@link PredictionService} validates.
 * Read with the same lenient JSON as native requests (NaN is validation's to refuse, naming the field).
 * Checked here: each tensor names an input with a datatype of its type, its shape is
 * {@code [rows]} or {@code [rows, 1]} for a scalar and {@code [rows, …the input's shape]} for a tensor,
 * its data has as many values as the shape says and of the datatype's kind, all tensors have the same rows.
 *
 * @param outputs the outputs the client asked for; null for all
 */
record OipInferRequest(@Nullable String id, List<Tensor> inputs, @Nullable List<String> outputs) implements PredictInput {

    record Tensor(String name, String datatype, List<Integer> shape, List<Object> data) {
    }

    static OipInferRequest read(String body) {
        try (JsonParser parser = PredictRequestReader.FACTORY.createParser(body == null ? "" : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiException(ProblemCode.MALFORMED_REQUEST);
            }
            Map<String, Object> document = PredictRequestReader.object(parser);
            if (parser.nextToken() != null) {
                throw new ApiException(ProblemCode.MALFORMED_REQUEST);
            }
            return of(document);
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemCode.MALFORMED_REQUEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OipInferRequest of(Map<String, Object> document) {
        List<FieldError> errors = new ArrayList<>();
        Object id = document.get("id");
        if (id != null && !(id instanceof String)) {
            errors.add(FieldError.of("id", "field.wrong-type", "expected", "text"));
        }
        List<Tensor> inputs = new ArrayList<>();
        if (!(document.get("inputs") instanceof List<?> tensors) || tensors.isEmpty()) {
            errors.add(FieldError.of("inputs", "field.not-empty"));
        } else {
            for (int i = 0; i < tensors.size(); i++) {
                tensor(tensors.get(i), "inputs[" + i + "]", errors).ifPresent(inputs::add);
            }
        }
        List<String> outputs = null;
        if (document.get("outputs") instanceof List<?> requested) {
            outputs = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                if (requested.get(i) instanceof Map<?, ?> output && output.get("name") instanceof String name) {
                    outputs.add(name);
                } else {
                    errors.add(FieldError.of("outputs[" + i + "].name", "field.required"));
                }
            }
        }
        for (String field : document.keySet()) {
            if (!List.of("id", "inputs", "outputs", "parameters").contains(field)) {
                throw new ApiException(ProblemCode.UNKNOWN_FIELD, Map.of("field", field));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new OipInferRequest((String) id, inputs, outputs);
    }

    private static Optional<Tensor> tensor(Object value, String path, List<FieldError> errors) {
        if (!(value instanceof Map<?, ?> tensor)) {
            errors.add(FieldError.of(path, "field.invalid"));
            return Optional.empty();
        }
        int before = errors.size();
        Object name = tensor.get("name");
        if (!(name instanceof String)) {
            errors.add(FieldError.of(path + ".name", "field.required"));
        }
        Object datatype = tensor.get("datatype");
        if (!(datatype instanceof String)) {
            errors.add(FieldError.of(path + ".datatype", "field.required"));
        }
        List<Integer> shape = new ArrayList<>();
        if (!(tensor.get("shape") instanceof List<?> dimensions) || dimensions.isEmpty()) {
            errors.add(FieldError.of(path + ".shape", "field.not-empty"));
        } else {
            for (Object dimension : dimensions) {
                if (dimension instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                        && number.longValue() >= 0 && number.longValue() <= Integer.MAX_VALUE) {
                    shape.add(number.intValue());
                } else {
                    errors.add(FieldError.of(path + ".shape", "field.wrong-type", "expected", "integers"));
                    break;
                }
            }
        }
        Object data = tensor.get("data");
        if (!(data instanceof List<?>)) {
            errors.add(FieldError.of(path + ".data", "field.wrong-type", "expected", "list"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        List<Object> flat = new ArrayList<>();
        flatten((List<?>) data, flat);
        return Optional.of(new Tensor((String) name, (String) datatype, shape, flat));
    }

    private static void flatten(List<?> values, List<Object> into) {
        for (Object value : values) {
            if (value instanceof List<?> nested) {
                flatten(nested, into);
            } else {
                into.add(value);
            }
        }
    }

    /** Every requested output must be one the version answers ({@link OipOutputs#metadata}). */
    @Override
    public void checkAnswerable(ServableVersions.Servable servable) {
        if (outputs == null) {
            return;
        }
        Set<String> offered = new HashSet<>();
        OipOutputs.metadata(servable).forEach(output -> offered.add(output.name()));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            if (!offered.contains(outputs.get(i))) {
                unknown.add(FieldError.of("outputs[" + i + "].name", "field.invalid"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown);
        }
    }

    @Override
    public List<Map<String, Object>> rows(Signature signature) {
        Map<String, Feature> byName = new LinkedHashMap<>();
        signature.inputs().forEach(input -> byName.put(input.name(), input));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Tensor> given = new LinkedHashMap<>();
        int rows = -1;
        for (int i = 0; i < inputs.size(); i++) {
            Tensor tensor = inputs.get(i);
            String path = "inputs[" + i + "]";
            Feature input = byName.get(tensor.name());
            if (input == null) {
                errors.add(FieldError.of(path + ".name", "field.unknown-feature", "allowed", String.join(", ", byName.keySet())));
            } else if (given.putIfAbsent(tensor.name(), tensor) != null) {
                errors.add(FieldError.of(path + ".name", "field.invalid"));
            } else if (!OipDatatypes.accepts(input.type(), tensor.datatype())) {
                errors.add(FieldError.of(path + ".datatype", "field.wrong-type", "expected", OipDatatypes.of(input)));
            } else if (!shapeFits(input, tensor.shape())) {
                errors.add(FieldError.of(path + ".shape", "field.invalid"));
            } else if (rows >= 0 && tensor.shape().getFirst() != rows) {
                errors.add(new FieldError(path + ".shape[0]", "field.wrong-shape", Map.of("expected", rows, "found", tensor.shape().getFirst())));
            } else {
                rows = tensor.shape().getFirst();
                int size = tensor.shape().stream().reduce(1, Math::multiplyExact);
                if (tensor.data().size() != size) {
                    errors.add(new FieldError(path + ".data", "field.wrong-shape", Map.of("expected", size, "found", tensor.data().size())));
                } else {
                    for (int j = 0; j < size; j++) {
                        if (!OipDatatypes.holds(tensor.datatype(), tensor.data().get(j))) {
                            errors.add(FieldError.of(path + ".data[" + j + "]", "field.wrong-type", "expected", tensor.datatype()));
                            break;
                        }
                    }
                }
            }
        }
        for (String name : byName.keySet()) {
            if (!given.containsKey(name)) {
                errors.add(FieldError.of("inputs[" + name + "]", "field.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return columnsToRows(given, byName, rows);
    }

    /** A scalar input is {@code [rows]} or {@code [rows, 1]}; a tensor input is {@code [rows, …its shape]}, -1 matching any size. */
    private static boolean shapeFits(Feature input, List<Integer> shape) {
        if (input.type() != FeatureType.TENSOR) {
            return shape.size() == 1 || (shape.size() == 2 && shape.get(1) == 1);
        }
        List<Integer> rowShape = input.shape().isEmpty() || input.shape().getFirst() != -1 ? input.shape()
                : input.shape().subList(1, input.shape().size());
        if (shape.size() != rowShape.size() + 1) {
            return false;
        }
        for (int d = 0; d < rowShape.size(); d++) {
            if (rowShape.get(d) != -1 && !rowShape.get(d).equals(shape.get(d + 1))) {
                return false;
            }
        }
        return true;
    }

    private static List<Map<String, Object>> columnsToRows(Map<String, Tensor> given, Map<String, Feature> byName, int rows) {
        List<Map<String, Object>> result = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Feature input : byName.values()) {
                Tensor tensor = given.get(input.name());
                List<Integer> rowShape = tensor.shape().subList(1, tensor.shape().size());
                int width = rowShape.stream().reduce(1, Math::multiplyExact);
                row.put(input.name(), input.type() == FeatureType.TENSOR
                        ? nest(tensor.data().subList(r * width, (r + 1) * width), rowShape)
                        : tensor.data().get(r));
            }
            result.add(row);
        }
        return result;
    }

    /** Row-major values in nested lists of {@code shape}, the form native tensor inputs have. */
    private static List<Object> nest(List<Object> values, List<Integer> shape) {
        if (shape.size() <= 1) {
            return new ArrayList<>(values);
        }
        int inner = values.size() / shape.getFirst();
        List<Object> nested = new ArrayList<>(shape.getFirst());
        for (int i = 0; i < shape.getFirst(); i++) {
            nested.add(nest(values.subList(i * inner, (i + 1) * inner), shape.subList(1, shape.size())));
        }
        return nested;
    }
}
