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

/** The tenant's users: who has which roles, a new user, and changing or removing one. */
@Route(value = "admin/users", layout = MainLayout.class)
@MenuItem(titleKey = "admin.users.title", order = 70, icon = VaadinIcon.USERS)
@AllowedRoles(Role.TENANT_ADMIN)
public final class UsersView extends Main implements HasDynamicTitle {

    public UsersView() {
        setId("users");
        getStyle().set("padding", "var(--lumo-space-m)");
        UserList list = new UserList();
        add(new Section("user-new-section", getTranslation("admin.users.new"), new UserForm(created -> list.reload())));
        add(new Section("user-list-section", getTranslation("admin.users.list"), list));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
