package io.meridian.console.views.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.List;
import java.util.Map;

/** Two versions of the model chosen, compared by the API: metrics with their change, hyperparameters side by side. */
final class ComparePanel extends Div {

    private final Div result = new Div();

    ComparePanel(String model, List<ModelsApi.Version> versions) {
        List<Integer> numbers = versions.stream().map(ModelsApi.Version::version).toList();
        Select<Integer> left = versionSelect("compare-left", "models.compare.left", numbers, numbers.get(1));
        Select<Integer> right = versionSelect("compare-right", "models.compare.right", numbers, numbers.getFirst());
        Button compare = new Button(getTranslation("models.compare.submit"), click ->
                ErrorNotifier.call(() -> new ModelsApi(Apis.client()).compare(model, left.getValue(), right.getValue())).ifPresent(this::show));
        compare.setId("compare-submit");
        HorizontalLayout choice = new HorizontalLayout(left, right, compare);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("compare-result");
        add(choice, result);
    }

    private Select<Integer> versionSelect(String id, String labelKey, List<Integer> numbers, int chosen) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(numbers);
        select.setItemLabelGenerator(number -> getTranslation("models.version.number", Map.of("version", number)));
        select.setValue(chosen);
        return select;
    }

    private void show(ModelsApi.Comparison comparison) {
        result.removeAll();
        String leftName = getTranslation("models.version.number", Map.of("version", comparison.left().version()));
        String rightName = getTranslation("models.version.number", Map.of("version", comparison.right().version()));
        result.add(ComparisonTables.metrics(this, comparison.metrics(), leftName, rightName));
        result.add(ComparisonTables.hyperparameters(this, comparison.hyperparameters(), leftName, rightName));
    }
}
