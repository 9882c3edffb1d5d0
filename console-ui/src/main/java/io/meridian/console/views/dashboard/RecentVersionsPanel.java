package io.meridian.console.views.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.meridian.console.api.ModelVersionsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.Map;
import java.util.stream.Collectors;

/** The newest model versions of the tenant, with their headline metrics and aliases. */
final class RecentVersionsPanel extends Div {

    private static final int SHOWN = 10;

    RecentVersionsPanel() {
        setId("recent-versions");
        ErrorNotifier.call(() -> new ModelVersionsApi(Apis.client()).recent(SHOWN)).ifPresent(page -> {
            if (page.items().isEmpty()) {
                add(new Paragraph(getTranslation("core.dashboard.versions.none")));
                return;
            }
            Grid<ModelVersionsApi.VersionListing> grid = new Grid<>();
            grid.addColumn(ModelVersionsApi.VersionListing::model).setHeader(getTranslation("core.dashboard.versions.model"));
            grid.addColumn(ModelVersionsApi.VersionListing::version).setHeader(getTranslation("core.dashboard.versions.version"));
            grid.addColumn(version -> version.trainer() == null ? "" : version.trainer()).setHeader(getTranslation("core.dashboard.versions.trainer"));
            grid.addColumn(version -> metrics(version.metrics())).setHeader(getTranslation("core.dashboard.versions.metrics"));
            grid.addColumn(version -> String.join(", ", version.aliases())).setHeader(getTranslation("core.dashboard.versions.aliases"));
            grid.addColumn(ModelVersionsApi.VersionListing::region).setHeader(getTranslation("core.dashboard.versions.region"));
            grid.addColumn(version -> ConsoleFormats.dateTime(version.createdAt())).setHeader(getTranslation("core.dashboard.versions.created"));
            grid.setItems(page.items());
            grid.setAllRowsVisible(true);
            add(grid);
        });
    }

    private static String metrics(Map<String, Double> metrics) {
        return metrics.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(3)
                .map(metric -> metric.getKey() + " " + ConsoleFormats.decimal(metric.getValue()))
                .collect(Collectors.joining(", "));
    }
}
