package io.meridian.console.views.playground;

import com.fasterxml.jackson.core.type.TypeReference;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.ApiJson;
import io.meridian.console.api.ApiProblem;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.api.PredictionsApi;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A form made from a version's input signature, one field per input: a number field for FLOAT and
 * INTEGER, a checkbox for BOOLEAN, a text field for CATEGORY (the signature does not list the
 * categories), a text area for TEXT and for a TENSOR (as a JSON array). An empty field is left out of
 * the row, so the API's own check names what is missing; its messages appear under the fields.
 */
final class SignatureForm extends FormLayout {

    /** One input's field: what it shows, how its value reads, where its error goes (none for a checkbox). */
    private record Input(Component component, Supplier<Object> value, HasValidation validation) {
    }

    private final Map<String, Input> inputs = new LinkedHashMap<>();

    SignatureForm(List<ModelsApi.Feature> features) {
        setId("playground-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (ModelsApi.Feature feature : features) {
            Input input = input(feature);
            input.component().setId("input-" + feature.name());
            inputs.put(feature.name(), input);
            add(input.component());
            if (input.component() instanceof TextArea) {
                setColspan(input.component(), 2);
            }
        }
    }

    /** The row to predict; a TENSOR that is not JSON is marked at its field and the row not sent. */
    java.util.Optional<Map<String, Object>> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        boolean readable = true;
        for (Map.Entry<String, Input> entry : inputs.entrySet()) {
            try {
                Object value = entry.getValue().value().get();
                if (value != null) {
                    row.put(entry.getKey(), value);
                }
            } catch (IllegalArgumentException notJson) {
                invalid(entry.getValue(), getTranslation("playground.input.tensor.invalid"));
                readable = false;
            }
        }
        return readable ? java.util.Optional.of(row) : java.util.Optional.empty();
    }

    void clearErrors() {
        inputs.values().stream().filter(input -> input.validation() != null).forEach(input -> input.validation().setInvalid(false));
    }

    /** Puts the API's messages under their fields; true when any field had one. */
    boolean showErrors(ApiProblem problem) {
        boolean shown = false;
        for (Map.Entry<String, Input> entry : inputs.entrySet()) {
            var message = problem.messageFor(PredictionsApi.fieldOf(entry.getKey()));
            if (message.isPresent() && entry.getValue().validation() != null) {
                invalid(entry.getValue(), message.get());
                shown = true;
            }
        }
        return shown;
    }

    private static void invalid(Input input, String message) {
        input.validation().setErrorMessage(message);
        input.validation().setInvalid(true);
    }

    private Input input(ModelsApi.Feature feature) {
        String label = feature.name();
        return switch (feature.type()) {
            case "FLOAT" -> {
                NumberField field = new NumberField(label);
                field.setHelperText(getTranslation("playground.input.float"));
                yield new Input(field, field::getValue, field);
            }
            case "INTEGER" -> {
                IntegerField field = new IntegerField(label);
                field.setHelperText(getTranslation("playground.input.integer"));
                yield new Input(field, field::getValue, field);
            }
            case "BOOLEAN" -> {
                Checkbox field = new Checkbox(label);
                yield new Input(field, field::getValue, null);
            }
            case "CATEGORY" -> {
                TextField field = new TextField(label);
                field.setHelperText(getTranslation("playground.input.category"));
                yield new Input(field, () -> blankToNull(field.getValue()), field);
            }
            case "TENSOR" -> {
                TextArea field = new TextArea(label);
                field.setHelperText(getTranslation("playground.input.tensor", Map.of("shape", String.valueOf(feature.shape()))));
                yield new Input(field, () -> json(field.getValue()), field);
            }
            default -> {
                TextArea field = new TextArea(label);
                field.setHelperText(getTranslation("playground.input.text"));
                yield new Input(field, () -> blankToNull(field.getValue()), field);
            }
        };
    }

    private static Object json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApiJson.MAPPER.readValue(text, new TypeReference<List<Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON array", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
