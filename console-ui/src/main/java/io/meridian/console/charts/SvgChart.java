package io.meridian.console.charts;

import com.vaadin.flow.component.html.Image;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A JFreeChart drawn as SVG on the server (JFreeSVG) and shown as an image with a text alternative:
 * no chart script in the browser, and the text in the chart is real text in the user's language.
 */
public final class SvgChart {

    private SvgChart() {
    }

    /** The chart as an SVG document of the given size in pixels. */
    public static String svg(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(width, height));
        return graphics.getSVGDocument();
    }

    /** An image of the chart; {@code description} is its alt text, what a screen reader says instead. */
    public static Image image(JFreeChart chart, int width, int height, String description) {
        String svg = svg(chart, width, height);
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                description);
        image.setWidth(width + "px");
        image.setMaxWidth("100%");
        return image;
    }
}
