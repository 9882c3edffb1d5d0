package io.meridian.console.views.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.ui.ConsoleFormats;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A model's versions, newest first, each with a button that shows its details. */
final class VersionList extends Div {

    VersionList(List<ModelsApi.Version> versions, Consumer<ModelsApi.Version> onShow) {
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("models.versions.none")));
            return;
        }
        Grid<ModelsApi.Version> grid = new Grid<>();
        grid.setId("model-versions");
        grid.addColumn(ModelsApi.Version::version).setHeader(getTranslation("models.version"));
        grid.addColumn(version -> MetricTexts.summary(version.metrics().values())).setHeader(getTranslation("models.metrics")).setFlexGrow(3);
        grid.addColumn(version -> String.join(", ", version.aliases())).setHeader(getTranslation("models.aliases"));
        grid.addColumn(ModelsApi.Version::region).setHeader(getTranslation("models.region"));
        grid.addColumn(version -> ConsoleFormats.dateTime(version.createdAt())).setHeader(getTranslation("models.created"));
        grid.addComponentColumn(version -> {
            Button show = new Button(getTranslation("models.versions.show"), click -> onShow.accept(version));
            show.setId("version-show-" + version.version());
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            show.setAriaLabel(getTranslation("models.versions.show-version", Map.of("version", version.version())));
            return show;
        }).setHeader(getTranslation("models.versions.details"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
