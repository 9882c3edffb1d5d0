package io.meridian.console.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.session.SignedInUser;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.views.dashboard.DashboardPanels;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first page after signing in: running and queued jobs, training capacity per region, the newest
 * model versions and, for those who may read the audit log, the latest policy denials.
 */
@Route(value = "", layout = MainLayout.class)
@MenuItem(titleKey = "core.dashboard.title", order = 10, icon = VaadinIcon.DASHBOARD)
public final class DashboardView extends Main implements HasDynamicTitle {

    public DashboardView() {
        setId("dashboard");
        getStyle().set("padding", "var(--lumo-space-m)");
        SignedInUser user = ConsoleSession.requireUser();
        add(new Paragraph(getTranslation("core.dashboard.welcome", Map.of("name", user.displayName(), "tenant", user.tenantName(),
                "region", user.tenantHomeRegion(), "roles",
                user.roles().stream().map(role -> getTranslation("core.role." + role.name())).sorted().collect(Collectors.joining(", "))))));
        Button refresh = new Button(getTranslation("core.dashboard.refresh"), VaadinIcon.REFRESH.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().reload()));
        refresh.setId("dashboard-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(refresh);
        add(DashboardPanels.jobs(), DashboardPanels.capacity(), DashboardPanels.versions());
        if (user.hasAnyRole(Role.COMPLIANCE_ADMIN, Role.TENANT_ADMIN)) {
            add(DashboardPanels.policyAlerts());
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
