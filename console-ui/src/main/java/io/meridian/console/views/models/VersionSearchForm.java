package io.meridian.console.views.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.ModelsApi;

import java.util.function.Consumer;

/** The version search's filters: model name, tag, alias, metric threshold ({@code accuracy>=0.9}). */
final class VersionSearchForm extends Div {

    private final TextField model = field("model-search-name", "models.search.model", null);
    private final TextField tag = field("model-search-tag", "models.search.tag", null);
    private final TextField alias = field("model-search-alias", "models.search.alias", "models.search.alias.help");
    private final TextField metric = field("model-search-metric", "models.search.metric", "models.search.metric.help");

    VersionSearchForm(Consumer<ModelsApi.VersionFilter> onSearch) {
        Button search = new Button(getTranslation("models.search.submit"),
                click -> onSearch.accept(new ModelsApi.VersionFilter(model.getValue(), tag.getValue(), alias.getValue(), metric.getValue())));
        search.setId("model-search-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FormLayout form = new FormLayout(model, tag, alias, metric);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add(form, search);
    }

    private TextField field(String id, String labelKey, String helpKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        if (helpKey != null) {
            field.setHelperText(getTranslation(helpKey));
        }
        return field;
    }
}
