package io.meridian.console.views.datasets;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.DatasetsApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

/**
 * The tenant's datasets and, for those who may upload (data scientists, tenant admins), the upload of
 * a CSV file. Selecting a dataset shows its schema, PII report and region.
 */
@Route(value = "datasets", layout = MainLayout.class)
@MenuItem(titleKey = "datasets.title", order = 20, icon = VaadinIcon.DATABASE)
public final class DatasetsView extends Main implements HasDynamicTitle {

    private final DatasetDetails details = new DatasetDetails();
    private final DatasetList list = new DatasetList(this::show);

    public DatasetsView() {
        setId("datasets");
        getStyle().set("padding", "var(--lumo-space-m)");
        if (ConsoleSession.requireUser().hasAnyRole(Role.DATA_SCIENTIST, Role.TENANT_ADMIN)) {
            add(new Section("dataset-upload-section", getTranslation("datasets.upload.title"), new DatasetUploadForm(this::uploaded)));
        }
        add(new Section("dataset-list-section", getTranslation("datasets.list.title"), list));
        add(details);
    }

    private void uploaded(DatasetsApi.Dataset dataset) {
        list.reload();
        show(dataset);
    }

    private void show(DatasetsApi.Dataset dataset) {
        details.show(dataset);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
