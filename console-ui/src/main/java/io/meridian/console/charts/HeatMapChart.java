package io.meridian.console.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.util.List;

/**
 * A matrix of counts as coloured cells, e.g. a confusion matrix: rows (actual labels) top to bottom,
 * columns (predicted labels) left to right, darker for more.
 */
public final class HeatMapChart {

    /** The chart's words, in the user's language. */
    public record Labels(String title, String columns, String rows, String scale) {
    }

    private static final int SHADES = 10;

    private HeatMapChart() {
    }

    /** {@code cells[row][column]}; {@code rowNames} and {@code columnNames} label the axes. */
    public static JFreeChart create(List<String> rowNames, List<String> columnNames, double[][] cells, Labels labels) {
        int rows = rowNames.size();
        int columns = columnNames.size();
        double[] x = new double[rows * columns];
        double[] y = new double[rows * columns];
        double[] z = new double[rows * columns];
        double max = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int i = row * columns + column;
                x[i] = column;
                // the first row at the top, as a matrix is read
                y[i] = rows - 1 - row;
                z[i] = cells[row][column];
                max = Math.max(max, cells[row][column]);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(labels.title(), new double[][] {x, y, z});

        SymbolAxis columnAxis = new SymbolAxis(labels.columns(), columnNames.toArray(String[]::new));
        List<String> reversed = new java.util.ArrayList<>(rowNames);
        java.util.Collections.reverse(reversed);
        SymbolAxis rowAxis = new SymbolAxis(labels.rows(), reversed.toArray(String[]::new));
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = scale(Math.max(max, 1));
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, columnAxis, rowAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(labels.scale()));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static LookupPaintScale scale(double max) {
        LookupPaintScale scale = new LookupPaintScale(0, max + 1e-9, new Color(0xF4, 0xF7, 0xFB));
        for (int shade = 0; shade < SHADES; shade++) {
            float strength = (shade + 1) / (float) SHADES;
            Color color = new Color(1 - 0.9f * strength, 1 - 0.6f * strength, 1 - 0.25f * strength);
            scale.add(max * shade / SHADES, color);
        }
        return scale;
    }
}
