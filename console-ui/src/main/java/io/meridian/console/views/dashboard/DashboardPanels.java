package io.meridian.console.views.dashboard;

import com.vaadin.flow.component.UI;
import io.meridian.console.ui.Section;

/** The dashboard's sections, each titled, each loading its own data from the API. */
public final class DashboardPanels {

    private DashboardPanels() {
    }

    public static Section jobs() {
        return new Section("dashboard-jobs", UI.getCurrent().getTranslation("core.dashboard.jobs.title"), new ActiveJobsPanel());
    }

    public static Section capacity() {
        return new Section("dashboard-capacity", UI.getCurrent().getTranslation("core.dashboard.capacity.title"), new CapacityPanel());
    }

    public static Section versions() {
        return new Section("dashboard-versions", UI.getCurrent().getTranslation("core.dashboard.versions.title"), new RecentVersionsPanel());
    }

    public static Section policyAlerts() {
        return new Section("dashboard-alerts", UI.getCurrent().getTranslation("core.dashboard.alerts.title"), new PolicyAlertsPanel());
    }

}
