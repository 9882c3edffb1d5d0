package io.meridian.console.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.SignedInUser;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;

import java.util.Map;
import java.util.stream.Collectors;

/** The first page after signing in: the tenant and the user's roles. */
@Route(value = "", layout = MainLayout.class)
@MenuItem(titleKey = "core.dashboard.title", order = 10, icon = VaadinIcon.DASHBOARD)
public final class DashboardView extends Main implements HasDynamicTitle {

    public DashboardView() {
        setId("dashboard");
        getStyle().set("padding", "var(--lumo-space-m)");
        SignedInUser user = ConsoleSession.requireUser();
        add(new H2(getTranslation("core.dashboard.welcome", Map.of("name", user.displayName()))));
        add(new Paragraph(getTranslation("core.dashboard.tenant", Map.of("tenant", user.tenantName(), "region", user.tenantHomeRegion()))));
        add(new Paragraph(getTranslation("core.dashboard.roles", Map.of("roles",
                user.roles().stream().map(role -> getTranslation("core.role." + role.name())).sorted().collect(Collectors.joining(", "))))));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
