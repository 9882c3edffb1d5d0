package io.meridian.console.views.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.views.training.JobDetailView;

import java.util.Map;
import java.util.stream.Collectors;

/** One version: its metrics, lineage, inputs, the confusion matrix as a heat map and the loss curve. */
final class VersionDetails extends Div {

    VersionDetails() {
        setId("version-details");
    }

    void show(ModelsApi.Version version) {
        removeAll();
        getElement().setAttribute("data-version", Integer.toString(version.version()));
        H4 heading = new H4(getTranslation("models.version.heading", Map.of("model", version.model(), "version", version.version())));
        heading.setId("version-heading");
        add(heading);
        add(titled("version-metrics", "models.metrics", metrics(version.metrics())));
        add(titled("version-lineage", "models.lineage", lineage(version)));
        add(titled("version-inputs", "models.inputs", inputs(version.signature())));
        FlexLayout charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        VersionCharts.confusionMatrix(this, version.metrics().confusionMatrix()).ifPresent(charts::add);
        VersionCharts.lossCurve(this, version.metrics().lossCurve()).ifPresent(charts::add);
        add(charts);
    }

    private Component titled(String id, String titleKey, Component content) {
        Div part = new Div(new H4(getTranslation(titleKey)), content);
        part.setId(id);
        return part;
    }

    private Component metrics(ModelsApi.Metrics metrics) {
        if (metrics.values().isEmpty()) {
            return new Span(getTranslation("models.metrics.none"));
        }
        DescriptionList list = twoColumns(new DescriptionList());
        metrics.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(metric ->
                list.add(new DescriptionList.Term(metric.getKey()), value(new Span(ConsoleFormats.decimal(metric.getValue())))));
        return list;
    }

    private Component lineage(ModelsApi.Version version) {
        ModelsApi.Lineage lineage = version.lineage();
        DescriptionList list = twoColumns(new DescriptionList());
        term(list, "models.lineage.dataset", new Span(lineage.datasetId() == null ? "—" : lineage.datasetId().toString()));
        term(list, "models.lineage.job", lineage.trainingJobId() == null ? new Span("—")
                : new RouterLink(lineage.trainingJobId().toString(), JobDetailView.class, new RouteParameters("id", lineage.trainingJobId().toString())));
        term(list, "models.trainer", new Span(lineage.trainer() == null ? "—" : lineage.trainer()));
        term(list, "models.lineage.hyperparameters", new Span(lineage.hyperparameters().isEmpty() ? "—"
                : lineage.hyperparameters().entrySet().stream().map(entry -> entry.getKey() + " = " + entry.getValue())
                .collect(Collectors.joining(", "))));
        term(list, "models.region", new Span(version.region()));
        term(list, "models.lineage.created-by", new Span(version.createdBy() + " · " + ConsoleFormats.dateTime(version.createdAt())));
        return list;
    }

    private Component inputs(ModelsApi.Signature signature) {
        if (signature.inputs().isEmpty()) {
            return new Span("—");
        }
        return new Span(signature.inputs().stream().map(feature -> feature.name() + " (" + feature.type() + ")")
                .collect(Collectors.joining(", ")));
    }

    /** Terms beside their values, not above them. */
    private static DescriptionList twoColumns(DescriptionList list) {
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)").set("margin", "0");
        return list;
    }

    private void term(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), value(value));
    }

    private static DescriptionList.Description value(Component value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0");
        return description;
    }
}
