package io.meridian.console.views.compliance;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.ApiProblem;
import io.meridian.console.api.PoliciesApi;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One region's policy as a form: storage and processing regions per data class, transfers, the
 * treatment of each kind of personal data, inference-input logging and retention. The API validates the
 * whole; its field errors appear at their fields in the user's language.
 */
final class PolicyEditor extends Div {

    private final Map<String, CheckboxGroup<String>> storage = new LinkedHashMap<>();
    private final Map<String, CheckboxGroup<String>> processing = new LinkedHashMap<>();
    private final CheckboxGroup<String> transfers = new CheckboxGroup<>();
    private final Map<String, Select<String>> treatment = new LinkedHashMap<>();
    private final Checkbox logInputs = new Checkbox(getTranslation("compliance.editor.log-inputs"));
    private final IntegerField logRetention = new IntegerField(getTranslation("compliance.editor.log-retention"));
    private final IntegerField datasetRetention = new IntegerField(getTranslation("compliance.editor.dataset-retention"));
    private final TextField reason = new TextField(getTranslation("compliance.editor.reason"));
    private final Span state = new Span();
    private final Consumer<String> onSaved;
    private String region;

    PolicyEditor(PoliciesView.RegionLabels labels, Consumer<String> onSaved) {
        this.onSaved = onSaved;
        FormLayout where = new FormLayout();
        where.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        for (String dataClass : PoliciesApi.DATA_CLASSES) {
            String name = getTranslation("compliance.data-class." + dataClass);
            storage.put(dataClass, regionChoice("policy-storage-" + dataClass,
                    getTranslation("compliance.editor.storage", Map.of("dataClass", name)), labels));
            processing.put(dataClass, regionChoice("policy-processing-" + dataClass,
                    getTranslation("compliance.editor.processing", Map.of("dataClass", name)), labels));
            where.add(storage.get(dataClass), processing.get(dataClass));
        }
        transfers.setId("policy-transfers");
        transfers.setLabel(getTranslation("compliance.editor.transfers"));
        transfers.setHelperText(getTranslation("compliance.editor.transfers.help"));
        transfers.setItems(labels.codes());
        transfers.setItemLabelGenerator(labels::label);
        where.add(transfers, 2);

        FormLayout pii = new FormLayout();
        pii.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("50em", 5));
        for (String entity : PoliciesApi.ENTITY_TYPES) {
            Select<String> choice = new Select<>();
            choice.setId("policy-pii-" + entity);
            choice.setLabel(getTranslation("compliance.entity." + entity));
            choice.setItems(PoliciesApi.TREATMENTS);
            choice.setItemLabelGenerator(value -> getTranslation("compliance.treatment." + value));
            treatment.put(entity, choice);
            pii.add(choice);
        }

        logInputs.setId("policy-log-inputs");
        logRetention.setId("policy-log-retention");
        datasetRetention.setId("policy-dataset-retention");
        for (IntegerField days : List.of(logRetention, datasetRetention)) {
            days.setStepButtonsVisible(true);
            days.setHelperText(getTranslation("compliance.editor.days.help"));
        }
        reason.setId("policy-reason");
        reason.setHelperText(getTranslation("compliance.editor.reason.help"));
        reason.setMaxLength(500);
        FormLayout rest = new FormLayout(logInputs, logRetention, datasetRetention, reason);
        rest.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 3));
        rest.setColspan(reason, 3);

        Button save = new Button(getTranslation("compliance.editor.save"), click -> save());
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button revert = new Button(getTranslation("compliance.editor.revert"), click -> load(region));
        revert.setId("policy-revert");
        state.setId("policy-state");

        add(state, heading("compliance.editor.where"), where, heading("compliance.editor.pii"), pii,
                heading("compliance.editor.logs"), rest, save, revert);
    }

    private H4 heading(String key) {
        return new H4(getTranslation(key));
    }

    private static CheckboxGroup<String> regionChoice(String id, String label, PoliciesView.RegionLabels labels) {
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setId(id);
        group.setLabel(label);
        group.setItems(labels.codes());
        group.setItemLabelGenerator(code -> code);
        return group;
    }

    /** Shows the policy in force for a region. */
    void load(String code) {
        if (code == null) {
            return;
        }
        ErrorNotifier.call(() -> new PoliciesApi(Apis.client()).current(code)).ifPresent(version -> {
            region = code;
            clearErrors();
            PoliciesApi.Rules rules = version.rules();
            storage.forEach((dataClass, group) -> group.setValue(Set.copyOf(listOrEmpty(rules.storage().get(dataClass)))));
            processing.forEach((dataClass, group) -> group.setValue(Set.copyOf(listOrEmpty(rules.processing().get(dataClass)))));
            transfers.setValue(Set.copyOf(listOrEmpty(rules.transfers())));
            treatment.forEach((entity, choice) -> choice.setValue(rules.piiTreatment().get(entity)));
            logInputs.setValue(Boolean.TRUE.equals(rules.logInferenceInputs()));
            logRetention.setValue(rules.inferenceLogRetentionDays());
            datasetRetention.setValue(rules.datasetRetentionDays());
            reason.clear();
            state.setText(version.isDefault() ? getTranslation("compliance.editor.state.default")
                    : getTranslation("compliance.editor.state.version", Map.of("version", version.version())));
        });
    }

    /** The rules as the form has them now, saved or not: what a dry-run of the draft asks about. */
    PoliciesApi.Rules draft() {
        Map<String, String> treatments = new TreeMap<>();
        treatment.forEach((entity, choice) -> {
            if (choice.getValue() != null) {
                treatments.put(entity, choice.getValue());
            }
        });
        return new PoliciesApi.Rules(regionsByClass(storage), regionsByClass(processing), new ArrayList<>(new TreeSet<>(transfers.getValue())),
                treatments, logInputs.getValue(), logRetention.getValue(), datasetRetention.getValue());
    }

    String region() {
        return region;
    }

    private void save() {
        clearErrors();
        String code = region;
        ErrorNotifier.submit(() -> {
            PoliciesApi.Version saved = new PoliciesApi(Apis.client()).change(code, draft(), reason.getValue());
            Notification done = Notification.show(getTranslation("compliance.editor.saved",
                    Map.of("region", code, "version", saved.version())));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load(code);
            onSaved.accept(code);
        }, problem -> {
            showFieldErrors(problem);
        });
    }

    private void showFieldErrors(ApiProblem problem) {
        storage.forEach((dataClass, group) -> FieldErrors.mark(group, problem, "rules.storage." + dataClass));
        processing.forEach((dataClass, group) -> FieldErrors.mark(group, problem, "rules.processing." + dataClass));
        FieldErrors.mark(transfers, problem, "rules.transfers");
        treatment.forEach((entity, choice) -> FieldErrors.mark(choice, problem, "rules.piiTreatment." + entity));
        FieldErrors.mark(logRetention, problem, "rules.inferenceLogRetentionDays");
        FieldErrors.mark(datasetRetention, problem, "rules.datasetRetentionDays");
        FieldErrors.mark(reason, problem, "reason");
    }

    private void clearErrors() {
        List<HasValidation> fields = new ArrayList<>();
        fields.addAll(storage.values());
        fields.addAll(processing.values());
        fields.addAll(treatment.values());
        fields.addAll(List.of(transfers, logRetention, datasetRetention, reason));
        fields.forEach(field -> field.setInvalid(false));
    }

    private static Map<String, List<String>> regionsByClass(Map<String, CheckboxGroup<String>> groups) {
        Map<String, List<String>> result = new TreeMap<>();
        groups.forEach((dataClass, group) -> result.put(dataClass, new ArrayList<>(new TreeSet<>(group.getValue()))));
        return result;
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
