package io.meridian.console.views.compliance;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.RegionsApi;
import io.meridian.console.session.Role;
import io.meridian.console.ui.AllowedRoles;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The compliance admin's policy workbench: the regions and what their policies allow, the editor of
 * one region's policy, its version history with diffs, and dry-runs of decisions against the policy in
 * force or the unsaved draft.
 */
@Route(value = "compliance/policies", layout = MainLayout.class)
@MenuItem(titleKey = "compliance.policies.title", order = 60, icon = VaadinIcon.SHIELD)
@AllowedRoles(Role.COMPLIANCE_ADMIN)
public final class PoliciesView extends Main implements HasDynamicTitle {

    private final Select<String> region = new Select<>();
    private final RegionTable regions;
    private final PolicyEditor editor;
    private final PolicyHistory history = new PolicyHistory();
    private final DryRunPanel dryRun;

    public PoliciesView() {
        setId("policies");
        getStyle().set("padding", "var(--lumo-space-m)");
        List<RegionsApi.Region> known = ErrorNotifier.call(() -> new RegionsApi(Apis.client()).list()).orElse(List.of());
        RegionLabels labels = new RegionLabels(known.stream().collect(Collectors.toMap(RegionsApi.Region::code, Function.identity(),
                (first, second) -> first, LinkedHashMap::new)));
        regions = new RegionTable(labels, this::select);
        editor = new PolicyEditor(labels, this::saved);
        dryRun = new DryRunPanel(labels, editor::draft);

        region.setId("policy-region");
        region.setLabel(getTranslation("compliance.policies.region"));
        region.setWidth("24em");
        region.setItems(labels.codes());
        region.setItemLabelGenerator(labels::label);
        region.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue());
            }
        });

        add(new Section("policy-regions-section", getTranslation("compliance.regions.title"), regions));
        add(new Section("policy-editor-section", getTranslation("compliance.editor.title"), region, editor));
        add(new Section("policy-dry-run-section", getTranslation("compliance.dry-run.title"), dryRun));
        add(new Section("policy-history-section", getTranslation("compliance.history.title"), history));
        if (!labels.codes().isEmpty()) {
            region.setValue(labels.codes().getFirst());
        }
    }

    private void select(String code) {
        region.setValue(code);
    }

    private void load(String code) {
        editor.load(code);
        history.load(code);
        dryRun.useSource(code);
    }

    private void saved(String code) {
        regions.reload();
        history.load(code);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }

    /** Region codes with their names, in the API's order. */
    record RegionLabels(Map<String, RegionsApi.Region> byCode) {

        List<String> codes() {
            return List.copyOf(byCode.keySet());
        }

        String label(String code) {
            RegionsApi.Region region = byCode.get(code);
            return region == null ? code : region.displayName() + " (" + code + ")";
        }
    }
}
