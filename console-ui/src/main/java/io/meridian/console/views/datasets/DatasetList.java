package io.meridian.console.views.datasets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.meridian.console.api.DatasetsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.function.Consumer;

/** The tenant's datasets, newest first; choosing one shows its details. */
final class DatasetList extends Div {

    private static final int SHOWN = 100;

    private final Grid<DatasetsApi.Dataset> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    DatasetList(Consumer<DatasetsApi.Dataset> onSelect) {
        grid.setId("dataset-grid");
        grid.addColumn(DatasetsApi.Dataset::name).setHeader(getTranslation("datasets.name")).setFlexGrow(2);
        grid.addColumn(DatasetsApi.Dataset::format).setHeader(getTranslation("datasets.format"));
        grid.addColumn(DatasetsApi.Dataset::region).setHeader(getTranslation("datasets.region"));
        grid.addColumn(dataset -> getTranslation("datasets.data-class." + dataset.dataClass())).setHeader(getTranslation("datasets.data-class"));
        grid.addColumn(dataset -> ConsoleFormats.number(dataset.rows())).setHeader(getTranslation("datasets.rows"));
        grid.addColumn(dataset -> ConsoleFormats.dateTime(dataset.createdAt())).setHeader(getTranslation("datasets.created"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                onSelect.accept(change.getValue());
            }
        });
        empty.setText(getTranslation("datasets.list.none"));
        add(empty, grid);
        reload();
    }

    void reload() {
        ErrorNotifier.call(() -> new DatasetsApi(Apis.client()).list(SHOWN)).ifPresent(page -> {
            grid.setItems(page.items());
            empty.setVisible(page.items().isEmpty());
            grid.setVisible(!page.items().isEmpty());
        });
    }
}
