package io.meridian.console.views.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.charts.HeatMapChart;
import io.meridian.console.charts.SvgChart;
import io.meridian.console.charts.TrainingCurveChart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** A version's charts, drawn on the server as SVG: the confusion matrix as a heat map, the loss per epoch. */
final class VersionCharts {

    private VersionCharts() {
    }

    static Optional<Component> confusionMatrix(Component page, ModelsApi.ConfusionMatrix matrix) {
        if (matrix == null || matrix.labels() == null || matrix.labels().isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = matrix.labels();
        double[][] cells = new double[labels.size()][labels.size()];
        long correct = 0;
        long total = 0;
        for (int row = 0; row < labels.size(); row++) {
            for (int column = 0; column < labels.size(); column++) {
                long count = matrix.counts().get(row).get(column);
                cells[row][column] = count;
                total += count;
                correct += row == column ? count : 0;
            }
        }
        String title = page.getTranslation("models.chart.matrix");
        var chart = HeatMapChart.create(labels, labels, cells, new HeatMapChart.Labels(title,
                page.getTranslation("models.chart.predicted"), page.getTranslation("models.chart.actual"), page.getTranslation("models.chart.count")));
        // the alt text says what the picture shows: how many of how many were right
        String description = page.getTranslation("models.chart.matrix.description", Map.of("correct", correct, "total", total,
                "labels", String.join(", ", labels)));
        Div holder = new Div(SvgChart.image(chart, 460, 380, description));
        holder.setId("version-confusion-matrix");
        holder.getElement().setAttribute("data-labels", Integer.toString(labels.size()));
        return Optional.of(holder);
    }

    static Optional<Component> lossCurve(Component page, List<Double> losses) {
        if (losses == null || losses.isEmpty()) {
            return Optional.empty();
        }
        List<TrainingCurveChart.Point> points = IntStream.range(0, losses.size())
                .mapToObj(epoch -> new TrainingCurveChart.Point(epoch + 1, losses.get(epoch), null)).toList();
        String title = page.getTranslation("models.chart.loss-curve");
        var chart = TrainingCurveChart.create(points, new TrainingCurveChart.Labels(title, page.getTranslation("models.chart.epoch"),
                page.getTranslation("models.chart.loss"), page.getTranslation("models.chart.accuracy")));
        String description = page.getTranslation("models.chart.loss-curve.description", Map.of("epochs", losses.size(),
                "first", io.meridian.console.ui.ConsoleFormats.decimal(losses.getFirst()),
                "last", io.meridian.console.ui.ConsoleFormats.decimal(losses.getLast())));
        Div holder = new Div(SvgChart.image(chart, 520, 380, description));
        holder.setId("version-loss-curve");
        holder.getElement().setAttribute("data-epochs", Integer.toString(losses.size()));
        return Optional.of(holder);
    }
}
