package io.meridian.console.views.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.meridian.console.api.ApiJson;
import io.meridian.console.api.DatasetsApi;
import io.meridian.console.api.JobsApi;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A new training job: model name, dataset, trainer, hyperparameters (JSON, as the API takes them),
 * GPUs and priority. The API checks it field by field (trainer, hyperparameters' names, types and
 * ranges, the dataset's format, where policy lets it run); its messages appear under the fields.
 */
final class JobSubmitForm extends Div {

    private final TextField model = new TextField(getTranslation("training.job.model"));
    private final Select<DatasetsApi.Dataset> dataset = new Select<>();
    private final Select<String> trainer = new Select<>();
    private final TextArea hyperparameters = new TextArea(getTranslation("training.submit.hyperparameters"));
    private final IntegerField gpus = new IntegerField(getTranslation("training.submit.gpus"));
    private final IntegerField priority = new IntegerField(getTranslation("training.submit.priority"));
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    JobSubmitForm() {
        model.setId("job-model");
        model.setHelperText(getTranslation("training.submit.model.help"));
        dataset.setId("job-dataset");
        dataset.setLabel(getTranslation("training.submit.dataset"));
        dataset.setItemLabelGenerator(found -> found.name() + " (" + found.format() + ", " + found.region() + ")");
        ErrorNotifier.call(() -> new DatasetsApi(Apis.client()).list(200)).ifPresent(page -> dataset.setItems(page.items()));
        trainer.setId("job-trainer");
        trainer.setLabel(getTranslation("training.job.trainer"));
        trainer.setItems(TrainerChoices.ALL.stream().map(TrainerChoices.Trainer::name).toList());
        trainer.addValueChangeListener(change -> TrainerChoices.find(change.getValue())
                .ifPresent(chosen -> hyperparameters.setValue(chosen.hyperparameters())));
        hyperparameters.setId("job-hyperparameters");
        hyperparameters.setHelperText(getTranslation("training.submit.hyperparameters.help"));
        gpus.setId("job-gpus");
        gpus.setValue(0);
        gpus.setMin(0);
        gpus.setStepButtonsVisible(true);
        priority.setId("job-priority");
        priority.setValue(0);
        priority.setMin(-100);
        priority.setMax(100);
        priority.setHelperText(getTranslation("training.submit.priority.help"));
        fields.put("model", model);
        fields.put("dataset", dataset);
        fields.put("trainer", trainer);
        fields.put("hyperparameters", hyperparameters);
        fields.put("gpus", gpus);
        fields.put("priority", priority);

        Button submit = new Button(getTranslation("training.submit.submit"), click -> submit());
        submit.setId("job-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(model, dataset, trainer, gpus, priority, hyperparameters);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(hyperparameters, 2);
        add(form, submit);
    }

    private void submit() {
        fields.values().forEach(field -> field.setInvalid(false));
        Optional<Map<String, Object>> parsed = parseHyperparameters();
        if (parsed.isEmpty()) {
            return;
        }
        JobsApi.Submission submission = new JobsApi.Submission(blankToNull(model.getValue()),
                dataset.getValue() == null ? null : dataset.getValue().id(), null, trainer.getValue(), parsed.get(), gpus.getValue(),
                priority.getValue(), null, null);
        ErrorNotifier.submit(() -> {
            JobsApi.Job job = new JobsApi(Apis.client()).submit(submission);
            getUI().ifPresent(ui -> ui.navigate(JobDetailView.class, new RouteParameters("id", job.id().toString())));
        }, problem -> {
            fields.forEach((name, field) -> FieldErrors.mark(field, problem, name));
        });
    }

    private Optional<Map<String, Object>> parseHyperparameters() {
        String text = hyperparameters.getValue();
        if (text == null || text.isBlank()) {
            return Optional.of(Map.of());
        }
        try {
            return Optional.of(ApiJson.MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { }));
        } catch (IOException notAnObject) {
            hyperparameters.setErrorMessage(getTranslation("training.submit.hyperparameters.invalid"));
            hyperparameters.setInvalid(true);
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
