package io.meridian.console.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * Loss and accuracy per epoch as lines: loss on the left axis, accuracy (0..1) on the right.
 * Texts (title, axis and series names) come in already translated.
 */
public final class TrainingCurveChart {

    /** One finished epoch; loss or accuracy may be missing (a regression has no accuracy). */
    public record Point(int epoch, Double loss, Double accuracy) {
    }

    /** The chart's words, in the user's language. */
    public record Labels(String title, String epoch, String loss, String accuracy) {
    }

    private TrainingCurveChart() {
    }

    public static JFreeChart create(List<Point> points, Labels labels) {
        XYSeries loss = new XYSeries(labels.loss());
        XYSeries accuracy = new XYSeries(labels.accuracy());
        for (Point point : points) {
            if (point.loss() != null && Double.isFinite(point.loss())) {
                loss.add(point.epoch(), point.loss());
            }
            if (point.accuracy() != null && Double.isFinite(point.accuracy())) {
                accuracy.add(point.epoch(), point.accuracy());
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(labels.title(), labels.epoch(), labels.loss(),
                new XYSeriesCollection(loss), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        NumberAxis epochs = (NumberAxis) plot.getDomainAxis();
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRenderer(0, renderer(new Color(0x1A, 0x5F, 0xB4)));

        NumberAxis accuracyAxis = new NumberAxis(labels.accuracy());
        accuracyAxis.setRange(0.0, 1.0);
        plot.setRangeAxis(1, accuracyAxis);
        plot.setDataset(1, new XYSeriesCollection(accuracy));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(new Color(0xC0, 0x1C, 0x28)));
        return chart;
    }

    private static XYLineAndShapeRenderer renderer(Color color) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return renderer;
    }
}
