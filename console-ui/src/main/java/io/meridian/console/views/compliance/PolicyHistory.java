package io.meridian.console.views.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.meridian.console.api.PoliciesApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A region's policy versions, newest first, and what changed field by field between any two of them. */
final class PolicyHistory extends Div {

    private final Grid<PoliciesApi.Version> versions = new Grid<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Grid<PoliciesApi.Change> changes = new Grid<>();
    private final Paragraph noChange = new Paragraph(getTranslation("compliance.history.no-change"));
    private String region;

    PolicyHistory() {
        versions.setId("policy-history-grid");
        versions.addColumn(version -> versionText(version.version())).setHeader(getTranslation("compliance.history.version")).setAutoWidth(true);
        versions.addColumn(version -> ConsoleFormats.dateTime(version.createdAt())).setHeader(getTranslation("compliance.history.created"))
                .setAutoWidth(true);
        versions.addColumn(version -> version.reason() == null ? "" : version.reason()).setHeader(getTranslation("compliance.history.reason"))
                .setFlexGrow(3);
        versions.setAllRowsVisible(true);

        from.setId("policy-diff-from");
        from.setLabel(getTranslation("compliance.history.from"));
        to.setId("policy-diff-to");
        to.setLabel(getTranslation("compliance.history.to"));
        for (Select<Integer> choice : List.of(from, to)) {
            choice.setItemLabelGenerator(this::versionText);
        }
        Button compare = new Button(getTranslation("compliance.history.compare"), click -> compare());
        compare.setId("policy-diff-show");
        HorizontalLayout pick = new HorizontalLayout(from, to, compare);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);

        changes.setId("policy-diff-grid");
        changes.addColumn(PoliciesApi.Change::field).setHeader(getTranslation("compliance.history.field")).setAutoWidth(true);
        changes.addColumn(change -> text(change.before())).setHeader(getTranslation("compliance.history.before")).setFlexGrow(2);
        changes.addColumn(change -> text(change.after())).setHeader(getTranslation("compliance.history.after")).setFlexGrow(2);
        changes.setAllRowsVisible(true);
        changes.setVisible(false);
        noChange.setId("policy-diff-none");
        noChange.setVisible(false);
        add(versions, pick, changes, noChange);
    }

    void load(String code) {
        region = code;
        ErrorNotifier.call(() -> new PoliciesApi(Apis.client()).history(code)).ifPresent(list -> {
            versions.setItems(list);
            List<Integer> numbers = list.stream().map(PoliciesApi.Version::version).toList();
            from.setItems(numbers);
            to.setItems(numbers);
            if (!numbers.isEmpty()) {
                // newest against the one before it: what the last change did
                to.setValue(numbers.getFirst());
                from.setValue(numbers.size() > 1 ? numbers.get(1) : numbers.getFirst());
            }
            changes.setVisible(false);
            noChange.setVisible(false);
        });
    }

    private void compare() {
        if (region == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        ErrorNotifier.call(() -> new PoliciesApi(Apis.client()).diff(region, from.getValue(), to.getValue())).ifPresent(diff -> {
            changes.setItems(diff.changes());
            changes.setVisible(!diff.changes().isEmpty());
            noChange.setVisible(diff.changes().isEmpty());
        });
    }

    private String versionText(int version) {
        return version == 0 ? getTranslation("compliance.regions.default-version")
                : getTranslation("compliance.version", Map.of("version", version));
    }

    /** A changed value as a reader takes it: lists as comma-separated regions or names, nothing as a dash. */
    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? "—" : String.join(", ", values.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
