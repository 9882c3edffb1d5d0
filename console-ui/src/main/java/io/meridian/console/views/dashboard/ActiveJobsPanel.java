package io.meridian.console.views.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.meridian.console.api.JobsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.views.training.JobDetailView;
import io.meridian.console.views.training.JobTexts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The tenant's running and queued jobs: what is training now and what waits, with its place in the queue. */
final class ActiveJobsPanel extends Div {

    private static final int SHOWN = 50;

    ActiveJobsPanel() {
        setId("active-jobs");
        JobsApi jobs = new JobsApi(Apis.client());
        List<JobsApi.Job> active = new ArrayList<>();
        boolean loaded = ErrorNotifier.run(() -> {
            for (JobsApi.State state : List.of(JobsApi.State.RUNNING, JobsApi.State.ADMITTED, JobsApi.State.QUEUED)) {
                active.addAll(jobs.list(state, SHOWN).items());
            }
        });
        if (!loaded) {
            return;
        }
        if (active.isEmpty()) {
            add(new Paragraph(getTranslation("core.dashboard.jobs.none")));
            return;
        }
        active.sort(Comparator.comparing((JobsApi.Job job) -> job.state() == JobsApi.State.QUEUED)
                .thenComparing(job -> job.queuePosition() == null ? 0 : job.queuePosition()));
        Grid<JobsApi.Job> grid = new Grid<>();
        grid.addComponentColumn(job -> new RouterLink(job.model(), JobDetailView.class, new RouteParameters("id", job.id().toString())))
                .setHeader(getTranslation("core.dashboard.jobs.model"));
        grid.addColumn(JobsApi.Job::trainer).setHeader(getTranslation("core.dashboard.jobs.trainer"));
        grid.addColumn(job -> JobTexts.state(this, job)).setHeader(getTranslation("core.dashboard.jobs.state"));
        grid.addColumn(job -> JobTexts.progress(this, job)).setHeader(getTranslation("core.dashboard.jobs.progress"));
        grid.addColumn(job -> job.region() == null ? "" : job.region()).setHeader(getTranslation("core.dashboard.jobs.region"));
        grid.addColumn(job -> ConsoleFormats.dateTime(job.submittedAt())).setHeader(getTranslation("core.dashboard.jobs.submitted"));
        grid.setItems(active);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
