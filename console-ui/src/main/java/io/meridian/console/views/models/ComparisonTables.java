package io.meridian.console.views.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.ui.ConsoleFormats;

import java.util.List;

/**
 * The comparison as two tables. A difference is highlighted by colour and also said in words (a
 * sign on each metric's change, "differs" on a hyperparameter), since colour alone reaches not everyone.
 */
final class ComparisonTables {

    private static final String CHANGED = "var(--lumo-warning-color-10pct, #fff4d6)";

    private ComparisonTables() {
    }

    static Component metrics(Component page, List<ModelsApi.MetricRow> rows, String left, String right) {
        NativeTable table = table("compare-metrics", page.getTranslation("models.compare.metrics"),
                page.getTranslation("models.compare.metric"), left, right, page.getTranslation("models.compare.delta"));
        for (ModelsApi.MetricRow row : rows) {
            boolean changed = row.delta() == null || Math.abs(row.delta()) > 1e-12;
            row(table, changed, "compare-metric-" + row.name(), row.name(), number(row.left()), number(row.right()), MetricTexts.delta(row.delta()));
        }
        return table;
    }

    static Component hyperparameters(Component page, List<ModelsApi.ParameterRow> rows, String left, String right) {
        NativeTable table = table("compare-hyperparameters", page.getTranslation("models.compare.hyperparameters"),
                page.getTranslation("models.compare.hyperparameter"), left, right, page.getTranslation("models.compare.same"));
        for (ModelsApi.ParameterRow row : rows) {
            row(table, !row.same(), "compare-parameter-" + row.name(), row.name(), text(row.left()), text(row.right()),
                    page.getTranslation(row.same() ? "models.compare.same.yes" : "models.compare.same.no"));
        }
        return table;
    }

    private static NativeTable table(String id, String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.setCaptionText(caption);
        table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600").set("padding-block", "var(--lumo-space-s)");
        table.getStyle().set("border-collapse", "collapse").set("margin-block-end", "var(--lumo-space-m)").set("min-width", "32rem");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            var cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
            pad(cell.getStyle()).set("text-align", "start").set("border-block-end", "1px solid var(--lumo-contrast-30pct)");
        }
        return table;
    }

    private static void row(NativeTable table, boolean changed, String id, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        row.setId(id);
        row.getElement().setAttribute("data-changed", Boolean.toString(changed));
        if (changed) {
            row.getStyle().set("background", CHANGED).set("font-weight", "600");
        }
        for (String text : cells) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(text);
            pad(cell.getStyle()).set("border-block-end", "1px solid var(--lumo-contrast-10pct)");
        }
    }

    private static com.vaadin.flow.dom.Style pad(com.vaadin.flow.dom.Style style) {
        return style.set("padding", "var(--lumo-space-xs) var(--lumo-space-m)");
    }

    private static String number(Double value) {
        return value == null ? "—" : ConsoleFormats.decimal(value);
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
