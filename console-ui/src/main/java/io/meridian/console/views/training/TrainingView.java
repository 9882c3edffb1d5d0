package io.meridian.console.views.training;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.meridian.console.api.JobsApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

/** Training: submitting a job (data scientists and tenant admins) and the tenant's jobs, newest first. */
@Route(value = "training", layout = MainLayout.class)
@MenuItem(titleKey = "training.title", order = 30, icon = VaadinIcon.COGS)
public final class TrainingView extends Main implements HasDynamicTitle {

    private static final int SHOWN = 50;

    public TrainingView() {
        setId("training");
        getStyle().set("padding", "var(--lumo-space-m)");
        if (ConsoleSession.requireUser().hasAnyRole(Role.DATA_SCIENTIST, Role.TENANT_ADMIN)) {
            add(new Section("job-submit-section", getTranslation("training.submit.title"), new JobSubmitForm()));
        }
        add(new Section("job-list-section", getTranslation("training.jobs.title"), jobs()));
    }

    private com.vaadin.flow.component.Component jobs() {
        var page = ErrorNotifier.call(() -> new JobsApi(Apis.client()).list(null, SHOWN));
        if (page.isEmpty() || page.get().items().isEmpty()) {
            return new Paragraph(page.isEmpty() ? "" : getTranslation("training.jobs.none"));
        }
        Grid<JobsApi.Job> grid = new Grid<>();
        grid.setId("job-grid");
        grid.addComponentColumn(job -> new RouterLink(job.model(), JobDetailView.class, new RouteParameters("id", job.id().toString())))
                .setHeader(getTranslation("training.job.model"));
        grid.addColumn(JobsApi.Job::trainer).setHeader(getTranslation("training.job.trainer"));
        grid.addColumn(job -> JobTexts.state(this, job)).setHeader(getTranslation("training.job.state"));
        grid.addColumn(job -> JobTexts.progress(this, job)).setHeader(getTranslation("training.job.progress"));
        grid.addColumn(job -> job.modelVersion() == null ? "" : job.model() + " v" + job.modelVersion())
                .setHeader(getTranslation("training.job.version"));
        grid.addColumn(job -> ConsoleFormats.dateTime(job.submittedAt())).setHeader(getTranslation("training.job.submitted"));
        grid.setItems(page.get().items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
