package io.meridian.console.views.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import io.meridian.console.api.PoliciesApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * "What would the platform decide?": an action on a class of data from a source region in a target
 * region, with the personal data found, against the policy in force or the editor's unsaved draft. The
 * outcome, the reasons (in the user's language, from the API) and the obligations come back.
 */
final class DryRunPanel extends Div {

    private final Select<String> action = new Select<>();
    private final Select<String> dataClass = new Select<>();
    private final Select<String> source = new Select<>();
    private final Select<String> target = new Select<>();
    private final MultiSelectComboBox<String> pii = new MultiSelectComboBox<>(getTranslation("compliance.dry-run.pii"));
    private final Checkbox useDraft = new Checkbox(getTranslation("compliance.dry-run.use-draft"));
    private final Span outcome = new Span();
    private final Span version = new Span();
    private final UnorderedList reasons = new UnorderedList();
    private final UnorderedList obligations = new UnorderedList();
    private final Supplier<PoliciesApi.Rules> draft;

    DryRunPanel(PoliciesView.RegionLabels labels, Supplier<PoliciesApi.Rules> draft) {
        this.draft = draft;
        choice(action, "dry-run-action", "compliance.dry-run.action", PoliciesApi.ACTIONS, "compliance.action.");
        choice(dataClass, "dry-run-data-class", "compliance.dry-run.data-class", PoliciesApi.DATA_CLASSES, "compliance.data-class.");
        for (Select<String> region : List.of(source, target)) {
            region.setItems(labels.codes());
            region.setItemLabelGenerator(labels::label);
        }
        source.setId("dry-run-source");
        source.setLabel(getTranslation("compliance.dry-run.source"));
        target.setId("dry-run-target");
        target.setLabel(getTranslation("compliance.dry-run.target"));
        action.setValue("PROCESS");
        dataClass.setValue("PERSONAL");
        pii.setId("dry-run-pii");
        pii.setItems(PoliciesApi.ENTITY_TYPES);
        pii.setItemLabelGenerator(entity -> getTranslation("compliance.entity." + entity));
        useDraft.setId("dry-run-use-draft");
        useDraft.setHelperText(getTranslation("compliance.dry-run.use-draft.help"));

        FormLayout form = new FormLayout(action, dataClass, source, target, pii, useDraft);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 4));
        form.setColspan(pii, 2);
        form.setColspan(useDraft, 2);
        Button run = new Button(getTranslation("compliance.dry-run.run"), click -> run());
        run.setId("dry-run-submit");

        outcome.setId("dry-run-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getStyle().set("font-weight", "600");
        version.setId("dry-run-version");
        reasons.setId("dry-run-reasons");
        obligations.setId("dry-run-obligations");
        Div result = new Div(outcome, new Div(version), reasons, obligations);
        result.getStyle().set("margin-block-start", "var(--lumo-space-m)");
        add(form, run, result);
    }

    private void choice(Select<String> select, String id, String labelKey, List<String> items, String itemKeyPrefix) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(item -> getTranslation(itemKeyPrefix + item));
    }

    /** The region being edited is the natural source of the question; the target starts as the same region. */
    void useSource(String code) {
        source.setValue(code);
        if (target.getValue() == null) {
            target.setValue(code);
        }
    }

    private void run() {
        PoliciesApi.DryRun question = new PoliciesApi.DryRun(action.getValue(), dataClass.getValue(), source.getValue(), target.getValue(),
                new ArrayList<>(new TreeSet<>(pii.getValue())), useDraft.getValue() ? draft.get() : null);
        ErrorNotifier.submit(() -> {
            show(new PoliciesApi(Apis.client()).dryRun(question));
        }, problem -> {
            clear();
        });
    }

    private void show(PoliciesApi.Decision decision) {
        clear();
        outcome.setText(getTranslation("compliance.dry-run.outcome", Map.of("outcome",
                getTranslation("compliance.outcome." + decision.outcome()))));
        outcome.getElement().setAttribute("data-outcome", decision.outcome());
        outcome.getStyle().set("color", "ALLOW".equals(decision.outcome()) ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        version.setText(decision.policyVersion() == null ? getTranslation("compliance.dry-run.against-draft")
                : getTranslation("compliance.dry-run.against-version", Map.of("version", decision.policyVersion())));
        decision.reasons().forEach(reason -> reasons.add(new ListItem(reason.message())));
        decision.obligations().forEach(obligation -> obligations.add(new ListItem(obligationText(obligation))));
    }

    private String obligationText(PoliciesApi.Obligation obligation) {
        String entities = obligation.entities() == null ? "" : String.join(", ",
                obligation.entities().stream().map(entity -> getTranslation("compliance.entity." + entity)).toList());
        return getTranslation("compliance.obligation." + obligation.type(), Map.of("entities", entities,
                "days", obligation.days() == null ? 0 : obligation.days()));
    }

    private void clear() {
        outcome.setText("");
        version.setText("");
        reasons.removeAll();
        obligations.removeAll();
    }
}
