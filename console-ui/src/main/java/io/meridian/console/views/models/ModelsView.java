package io.meridian.console.views.models;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

/**
 * The registry's versions across the tenant's models, searched by model, tag, alias and metric
 * threshold, a page at a time; a model's name leads to its own page.
 */
@Route(value = "models", layout = MainLayout.class)
@MenuItem(titleKey = "models.title", order = 40, icon = VaadinIcon.CUBES)
public final class ModelsView extends Main implements HasDynamicTitle {

    public ModelsView() {
        setId("models");
        getStyle().set("padding", "var(--lumo-space-m)");
        VersionSearchResults results = new VersionSearchResults();
        add(new Section("model-search-section", getTranslation("models.search.title"), new VersionSearchForm(results::search), results));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
