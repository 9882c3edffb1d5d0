package io.meridian.console.views.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.meridian.console.api.PredictionsApi;
import io.meridian.i18n.LocaleFormats;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The API's answer as it came: the label in the chosen language with its probability as the API
 * wrote it, every label's score (in that language's number format), and which version and region answered.
 */
final class PredictionAnswer extends Div {

    PredictionAnswer() {
        setId("prediction");
        setVisible(false);
    }

    void show(PredictionsApi.Answer answer) {
        removeAll();
        setVisible(true);
        Locale locale = Locale.forLanguageTag(answer.locale());
        // the answer's own language, so that an Arabic answer reads right to left inside a page in another
        getElement().setAttribute("lang", answer.locale());
        getElement().setAttribute("data-locale", answer.locale());
        PredictionsApi.RowPrediction row = answer.predictions().getFirst();
        if (row.label() != null) {
            Span label = new Span(row.labelText());
            label.setId("prediction-label");
            label.getElement().setAttribute("data-label", row.label());
            label.getElement().setAttribute("dir", "auto");
            label.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            Span probability = new Span(row.probabilityText());
            probability.setId("prediction-probability");
            probability.getStyle().set("margin-inline-start", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-xl)");
            add(new Div(label, probability));
            if (row.probabilities() != null && !row.probabilities().isEmpty()) {
                add(scores(row, LocaleFormats.of(locale)));
            }
        } else {
            Span value = new Span(row.valueText());
            value.setId("prediction-value");
            value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            add(new Div(value));
        }
        Paragraph servedBy = new Paragraph(getTranslation("playground.answer.served-by", Map.of("model", answer.model(),
                "version", answer.version(), "region", answer.region(), "locale", answer.locale())));
        servedBy.setId("prediction-served-by");
        // the console's own words are in the console's language
        servedBy.getElement().setAttribute("lang", getLocale().toLanguageTag());
        add(servedBy);
    }

    private NativeTable scores(PredictionsApi.RowPrediction row, LocaleFormats formats) {
        NativeTable table = new NativeTable();
        table.setId("prediction-scores");
        table.setCaptionText(getTranslation("playground.answer.scores"));
        table.getCaption().getElement().setAttribute("lang", getLocale().toLanguageTag());
        table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600");
        NativeTableRow head = table.getHead().addRow();
        for (String header : new String[] {getTranslation("playground.answer.label"), getTranslation("playground.answer.probability")}) {
            var cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("lang", getLocale().toLanguageTag());
            cell.getStyle().set("text-align", "start").set("padding", "var(--lumo-space-xs) var(--lumo-space-m)");
        }
        row.probabilities().stream().sorted(Comparator.comparingDouble(PredictionsApi.LabelScore::probability).reversed()).forEach(score -> {
            NativeTableRow line = table.getBody().addRow();
            line.setId("prediction-score-" + score.label());
            line.addDataCell().setText(score.labelText());
            line.addDataCell().setText(formats.percent(score.probability()));
            line.getChildren().forEach(cell -> cell.getElement().getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)"));
        });
        return table;
    }
}
