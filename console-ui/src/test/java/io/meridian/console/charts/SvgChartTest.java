package io.meridian.console.charts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts render on a server without a display, as SVG with their (translated) texts as text. */
class SvgChartTest {

    @Test
    void aTrainingCurveHasItsTitleAxesAndOnePointPerEpoch() {
        var chart = TrainingCurveChart.create(List.of(new TrainingCurveChart.Point(1, 0.69, 0.5), new TrainingCurveChart.Point(2, 0.41, 0.8),
                new TrainingCurveChart.Point(3, 0.33, null)), new TrainingCurveChart.Labels("الخسارة والدقة", "الحقبة", "الخسارة", "الدقة"));
        assertThat(chart.getXYPlot().getDataset(0).getItemCount(0)).isEqualTo(3);
        assertThat(chart.getXYPlot().getDataset(1).getItemCount(0)).as("an epoch without accuracy is left out").isEqualTo(2);
        String svg = SvgChart.svg(chart, 600, 300);
        assertThat(svg).contains("<svg").contains("الخسارة والدقة").contains("الحقبة");
    }

    @Test
    void usageBarsStackUsedAndFreePerCategory() {
        Map<String, UsageBarChart.Usage> usage = new TreeMap<>(Map.of("eu-west", new UsageBarChart.Usage(1, 2), "us-east", new UsageBarChart.Usage(0, 2)));
        var chart = UsageBarChart.create(usage, new UsageBarChart.Labels("Slots", "Region", "Count", "In use", "Free"));
        var data = chart.getCategoryPlot().getDataset();
        assertThat(data.getValue("In use", "eu-west").intValue()).isEqualTo(1);
        assertThat(data.getValue("Free", "eu-west").intValue()).isEqualTo(1);
        assertThat(data.getValue("Free", "us-east").intValue()).isEqualTo(2);
        assertThat(SvgChart.svg(chart, 600, 300)).contains("eu-west").contains("us-east").contains("Slots");
    }

    @Test
    void aHeatMapPutsTheFirstRowAtTheTop() {
        double[][] confusion = {{8, 2}, {1, 9}};
        var chart = HeatMapChart.create(List.of("stay", "churn"), List.of("stay", "churn"), confusion,
                new HeatMapChart.Labels("Confusion matrix", "Predicted", "Actual", "Count"));
        var data = chart.getXYPlot().getDataset();
        // cell (row 0, column 1) = 2 is drawn at x 1, y 1 (top row of two)
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (data.getXValue(0, i) == 1 && data.getYValue(0, i) == 1) {
                assertThat(((org.jfree.data.xy.XYZDataset) data).getZValue(0, i)).isEqualTo(2);
            }
        }
        assertThat(SvgChart.svg(chart, 500, 400)).contains("Confusion matrix").contains("churn");
    }
}
