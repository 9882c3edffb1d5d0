package io.meridian.console.views.datasets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import io.meridian.console.api.DatasetsApi;
import io.meridian.console.ui.ConsoleFormats;

import java.util.Map;
import java.util.stream.Collectors;

/** One dataset: where it lives, its inferred schema and what personal data was found in it and how it was treated. */
final class DatasetDetails extends Div {

    DatasetDetails() {
        setId("dataset-details");
        setVisible(false);
    }

    void show(DatasetsApi.Dataset dataset) {
        removeAll();
        setVisible(true);
        H3 heading = new H3(getTranslation("datasets.details.title", Map.of("name", dataset.name())));
        heading.setId("dataset-details-heading");
        add(heading);
        Paragraph summary = new Paragraph(getTranslation("datasets.details.summary", Map.of("format", dataset.format(),
                "rows", dataset.rows(), "region", dataset.region(), "source", dataset.sourceRegion(), "dataClass", getTranslation("datasets.data-class." + dataset.dataClass()),
                "label", dataset.labelColumn() == null ? "—" : dataset.labelColumn())));
        summary.setId("dataset-summary");
        add(summary);

        add(new H4(getTranslation("datasets.schema.title")));
        Grid<DatasetsApi.Column> schema = new Grid<>();
        schema.setId("dataset-schema");
        schema.addColumn(DatasetsApi.Column::name).setHeader(getTranslation("datasets.schema.column"));
        schema.addColumn(DatasetsApi.Column::type).setHeader(getTranslation("datasets.schema.type"));
        schema.addColumn(column -> ConsoleFormats.number(column.missing())).setHeader(getTranslation("datasets.schema.missing"));
        schema.addColumn(column -> ConsoleFormats.number(column.distinct())).setHeader(getTranslation("datasets.schema.distinct"));
        schema.addColumn(column -> column.label() ? getTranslation("datasets.schema.is-label") : "").setHeader(getTranslation("datasets.schema.label"));
        schema.setItems(dataset.columns());
        schema.setAllRowsVisible(true);
        add(schema);

        add(new H4(getTranslation("datasets.pii.title")));
        var withPii = dataset.columns().stream().filter(column -> !column.pii().isEmpty()).toList();
        Paragraph piiSummary = new Paragraph(withPii.isEmpty() ? getTranslation("datasets.pii.none")
                : getTranslation("datasets.pii.treated", Map.of("count", dataset.treatedValues())));
        piiSummary.setId("dataset-pii-summary");
        add(piiSummary);
        if (!withPii.isEmpty()) {
            Grid<DatasetsApi.Column> pii = new Grid<>();
            pii.setId("dataset-pii");
            pii.addColumn(DatasetsApi.Column::name).setHeader(getTranslation("datasets.schema.column"));
            pii.addColumn(column -> column.pii().entrySet().stream().map(found -> found.getKey() + " × " + ConsoleFormats.number(found.getValue()))
                    .collect(Collectors.joining(", "))).setHeader(getTranslation("datasets.pii.found"));
            pii.addColumn(column -> column.treatment().entrySet().stream().map(treated -> treated.getKey() + ": " + treated.getValue())
                    .collect(Collectors.joining(", "))).setHeader(getTranslation("datasets.pii.treatment"));
            pii.setItems(withPii);
            pii.setAllRowsVisible(true);
            add(pii);
        }
        heading.scrollIntoView();
    }
}
