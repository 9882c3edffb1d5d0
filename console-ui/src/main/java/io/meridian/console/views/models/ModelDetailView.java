package io.meridian.console.views.models;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.Section;

import java.util.List;
import java.util.Map;

/**
 * One model: its aliases (moved, or waiting for approval), its versions with metrics, lineage and
 * charts, two versions compared, and its labels' translations.
 */
@Route(value = "models/:name", layout = MainLayout.class)
public final class ModelDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int VERSIONS_SHOWN = 100;

    private String name = "";

    public ModelDetailView() {
        setId("model-detail");
        getStyle().set("padding", "var(--lumo-space-m)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        name = event.getRouteParameters().get("name").orElse("");
        removeAll();
        ModelsApi api = new ModelsApi(Apis.client());
        var model = ErrorNotifier.call(() -> api.model(name));
        if (model.isEmpty()) {
            event.forwardTo(ModelsView.class);
            return;
        }
        List<ModelsApi.Version> versions = ErrorNotifier.call(() -> api.versions(name, VERSIONS_SHOWN))
                .map(page -> page.items()).orElse(List.of());
        H2 heading = new H2(name);
        heading.setId("model-heading");
        add(heading, facts(model.get()));
        VersionDetails details = new VersionDetails();
        add(new Section("model-aliases-section", getTranslation("models.aliases.title"), new AliasPanel(model.get(), versions)));
        add(new Section("model-versions-section", getTranslation("models.versions.title"), new VersionList(versions, details::show), details));
        if (versions.size() >= 2) {
            add(new Section("model-compare-section", getTranslation("models.compare.title"), new ComparePanel(name, versions)));
        }
        add(new Section("model-labels-section", getTranslation("models.labels.title"), new LabelsPanel(name, versions)));
        if (!versions.isEmpty()) {
            details.show(versions.getFirst());
        }
    }

    private Paragraph facts(ModelsApi.Model model) {
        Paragraph facts = new Paragraph(getTranslation("models.facts", Map.of(
                "task", model.task(), "latest", model.latestVersion(),
                "tags", model.tags() == null || model.tags().isEmpty() ? "—" : String.join(", ", model.tags()),
                "approval", getTranslation(model.approvalRequired() ? "models.approval.required" : "models.approval.not-required"))));
        facts.setId("model-facts");
        if (model.description() != null && !model.description().isBlank()) {
            facts.add(new Paragraph(model.description()));
        }
        return facts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.page-title", Map.of("model", name)) + " · " + getTranslation("core.product");
    }
}
