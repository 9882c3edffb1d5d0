package io.meridian.console.views.admin;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.session.Role;
import io.meridian.console.ui.AllowedRoles;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

/** The tenant's API keys: a new key (its secret shown once), the keys and their status, revoking one. */
@Route(value = "admin/api-keys", layout = MainLayout.class)
@MenuItem(titleKey = "admin.keys.title", order = 71, icon = VaadinIcon.KEY)
@AllowedRoles(Role.TENANT_ADMIN)
public final class ApiKeysView extends Main implements HasDynamicTitle {

    public ApiKeysView() {
        setId("api-keys");
        getStyle().set("padding", "var(--lumo-space-m)");
        ApiKeyList list = new ApiKeyList();
        add(new Section("api-key-new-section", getTranslation("admin.keys.new"), new ApiKeyForm(created -> {
            list.reload();
            new NewKeyDialog(created).open();
        })));
        add(new Section("api-key-list-section", getTranslation("admin.keys.list"), list));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
