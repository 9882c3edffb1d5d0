package io.meridian.console.views.compliance;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import io.meridian.console.api.PoliciesApi;
import io.meridian.console.api.RegionsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The platform's regions with what each one's policy in force allows; choosing one opens it in the editor. */
final class RegionTable extends Div {

    /** A region and the policy in force for data from it. */
    private record Row(RegionsApi.Region region, PoliciesApi.Version policy) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final PoliciesView.RegionLabels labels;

    RegionTable(PoliciesView.RegionLabels labels, Consumer<String> onSelect) {
        this.labels = labels;
        grid.setId("region-grid");
        grid.addColumn(row -> row.region().code()).setHeader(getTranslation("compliance.regions.code")).setAutoWidth(true);
        grid.addColumn(row -> row.region().displayName()).setHeader(getTranslation("compliance.regions.name")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("compliance.jurisdiction." + row.region().jurisdiction()))
                .setHeader(getTranslation("compliance.regions.jurisdiction")).setAutoWidth(true);
        grid.addColumn(row -> row.policy() == null ? "" : versionText(row.policy())).setHeader(getTranslation("compliance.regions.version"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.policy() == null ? "" : allows(row.policy().rules())).setHeader(getTranslation("compliance.regions.allows"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                onSelect.accept(change.getValue().region().code());
            }
        });
        add(grid);
        reload();
    }

    void reload() {
        Map<String, PoliciesApi.Version> policies = ErrorNotifier.call(() -> new PoliciesApi(Apis.client()).current()).orElse(List.of())
                .stream().collect(Collectors.toMap(PoliciesApi.Version::region, Function.identity(), (first, second) -> first));
        grid.setItems(labels.byCode().values().stream().map(region -> new Row(region, policies.get(region.code()))).toList());
    }

    private String versionText(PoliciesApi.Version policy) {
        return policy.isDefault() ? getTranslation("compliance.regions.default-version")
                : getTranslation("compliance.version", Map.of("version", policy.version()));
    }

    /** Where personal data from the region may be processed, where it may go, and whether inputs are logged. */
    private String allows(PoliciesApi.Rules rules) {
        return getTranslation("compliance.regions.allows.summary", Map.of(
                "personal", regions(rules.processing().get("PERSONAL")),
                "transfers", regions(rules.transfers()),
                "logs", String.valueOf(Boolean.TRUE.equals(rules.logInferenceInputs())),
                "days", rules.datasetRetentionDays()));
    }

    private String regions(List<String> codes) {
        return codes == null || codes.isEmpty() ? getTranslation("compliance.none") : String.join(", ", codes);
    }
}
