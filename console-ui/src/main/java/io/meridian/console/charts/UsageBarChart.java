package io.meridian.console.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.util.Map;

/** How much of a capacity is in use per category (e.g. training slots per region), as stacked bars: used and free. */
public final class UsageBarChart {

    /** Used and total capacity of one category. */
    public record Usage(int used, int capacity) {
    }

    /** The chart's words, in the user's language. */
    public record Labels(String title, String category, String amount, String used, String free) {
    }

    private UsageBarChart() {
    }

    public static JFreeChart create(Map<String, Usage> usage, Labels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        usage.forEach((category, value) -> {
            dataset.addValue(value.used(), labels.used(), category);
            dataset.addValue(Math.max(0, value.capacity() - value.used()), labels.free(), category);
        });
        JFreeChart chart = ChartFactory.createStackedBarChart(labels.title(), labels.category(), labels.amount(), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1A, 0x5F, 0xB4));
        renderer.setSeriesPaint(1, new Color(0xB8, 0xCC, 0xE4));
        return chart;
    }
}
