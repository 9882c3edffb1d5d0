package io.meridian.console.views.admin;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.CapacityApi;
import io.meridian.console.session.Role;
import io.meridian.console.ui.AllowedRoles;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

import java.util.Map;

/**
 * The tenant's training quota and its use this month. Read-only: the API lets only platform
 * administrators set quotas ({@code PUT /api/v1/tenants/{id}/quota}), which the page says.
 */
@Route(value = "admin/quota", layout = MainLayout.class)
@MenuItem(titleKey = "admin.quota.title", order = 72, icon = VaadinIcon.DASHBOARD)
@AllowedRoles(Role.TENANT_ADMIN)
public final class QuotaView extends Main implements HasDynamicTitle {

    public QuotaView() {
        setId("quota");
        getStyle().set("padding", "var(--lumo-space-m)");
        DescriptionList values = new DescriptionList();
        values.setId("quota-values");
        ErrorNotifier.call(() -> new CapacityApi(Apis.client()).quota()).ifPresent(quota -> {
            term(values, "admin.quota.max-gpus", ConsoleFormats.number(quota.maxConcurrentGpus()));
            term(values, "admin.quota.gpus-in-use", ConsoleFormats.number(quota.gpusInUse()));
            term(values, "admin.quota.gpu-hours", ConsoleFormats.number(quota.gpuHoursPerMonth()));
            term(values, "admin.quota.gpu-hours-used", ConsoleFormats.number(quota.gpuHoursUsedThisMonth()));
            term(values, "admin.quota.weight", ConsoleFormats.number(quota.weight()));
            if (quota.defaults()) {
                values.getElement().setAttribute("data-defaults", "true");
            }
            Paragraph source = new Paragraph(getTranslation(quota.defaults() ? "admin.quota.defaults" : "admin.quota.set"));
            source.setId("quota-source");
            add(new Section("quota-section", getTranslation("admin.quota.current"), values, source));
        });
        Paragraph who = new Paragraph(getTranslation("admin.quota.who", Map.of("role", getTranslation("core.role.PLATFORM_ADMIN"))));
        who.setId("quota-who");
        add(who);
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
