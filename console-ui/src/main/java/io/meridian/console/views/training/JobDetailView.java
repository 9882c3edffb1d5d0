package io.meridian.console.views.training;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import io.meridian.console.api.JobsApi;
import io.meridian.console.charts.SvgChart;
import io.meridian.console.charts.TrainingCurveChart;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.Section;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One training job, live: its state and place in the queue, a progress bar and the loss/accuracy
 * curve growing epoch by epoch, and its log. The page polls the API every second until the job ends.
 * Data scientists and tenant admins may cancel it while it runs and retry it when it failed or was cancelled.
 */
@Route(value = "training/jobs/:id", layout = MainLayout.class)
public final class JobDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 1_000;
    private static final int LOG_LINES_KEPT = 500;

    private final H2 heading = new H2();
    private final Paragraph state = new Paragraph();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div chart = new Div();
    private final Paragraph facts = new Paragraph();
    private final Pre logs = new Pre();
    private final Button cancel = new Button(getTranslation("training.job.cancel"));
    private final Button retry = new Button(getTranslation("training.job.retry"));
    private final Deque<String> logLines = new ArrayDeque<>();
    private final boolean mayChange = ConsoleSession.requireUser().hasAnyRole(Role.DATA_SCIENTIST, Role.TENANT_ADMIN);

    private UUID id;
    private JobsApi.Job job;
    private long lastLogLine;
    private int chartedEpochs = -1;
    private Registration polling;

    public JobDetailView() {
        setId("job-detail");
        getStyle().set("padding", "var(--lumo-space-m)");
        heading.setId("job-heading");
        state.setId("job-state");
        progressBar.setId("job-progress");
        progressBar.getElement().setAttribute("aria-labelledby", "job-progress-text");
        progressText.setId("job-progress-text");
        chart.setId("job-chart");
        facts.setId("job-facts");
        logs.setId("job-logs");
        // a scrolling log must be reachable by keyboard
        logs.getElement().setAttribute("tabindex", "0");
        logs.getStyle().set("max-height", "20rem").set("overflow", "auto").set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        cancel.setId("job-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> ErrorNotifier.call(() -> new JobsApi(Apis.client()).cancel(id)).ifPresent(this::showJob));
        retry.setId("job-retry");
        retry.addClickListener(click -> ErrorNotifier.call(() -> new JobsApi(Apis.client()).retry(id)).ifPresent(next ->
                getUI().ifPresent(ui -> ui.navigate(JobDetailView.class, new RouteParameters("id", next.id().toString())))));
        cancel.setVisible(false);
        retry.setVisible(false);

        add(heading, state, new HorizontalLayout(cancel, retry));
        add(new Section("job-progress-section", getTranslation("training.job.progress"), progressText, progressBar, chart));
        add(facts);
        add(new Section("job-logs-section", getTranslation("training.job.logs"), logs));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> parsed = event.getRouteParameters().get("id").flatMap(JobDetailView::uuid);
        if (parsed.isEmpty()) {
            event.forwardTo(TrainingView.class);
            return;
        }
        // Vaadin reuses this view when going from one job to another (a retry): start afresh
        if (!parsed.get().equals(id)) {
            id = parsed.get();
            job = null;
            lastLogLine = 0;
            logLines.clear();
            logs.setText("");
            chartedEpochs = -1;
            chart.removeAll();
        }
        refresh();
        getUI().ifPresent(this::startPolling);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        startPolling(attach.getUI());
    }

    private void startPolling(UI ui) {
        if (polling != null || (job != null && job.state().isFinal())) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> {
            if (job != null && !job.state().isFinal()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

    private void refresh() {
        JobsApi api = new JobsApi(Apis.client());
        ErrorNotifier.call(() -> api.get(id)).ifPresent(this::showJob);
        if (job == null) {
            return;
        }
        ErrorNotifier.call(() -> api.progress(id)).ifPresent(this::showProgress);
        ErrorNotifier.call(() -> api.logs(id, lastLogLine, LOG_LINES_KEPT)).ifPresent(this::appendLogs);
        if (job.state().isFinal()) {
            getUI().ifPresent(this::stopPolling);
        }
    }

    private void showJob(JobsApi.Job shown) {
        job = shown;
        heading.setText(getTranslation("training.job.heading", Map.of("model", shown.model(), "trainer", shown.trainer())));
        String stateText = JobTexts.state(this, shown);
        // the reason adds to the state ("Queued — the quota's GPUs are in use"), unless it only repeats it ("Cancelled.")
        boolean addsToState = shown.message() != null && !shown.message().startsWith(stateText);
        state.setText(addsToState ? stateText + " — " + shown.message() : stateText);
        state.getElement().setAttribute("data-state", shown.state().name());
        facts.setText(getTranslation("training.job.facts", Map.of(
                "pool", shown.pool() == null ? "—" : shown.pool(), "region", shown.region() == null ? "—" : shown.region(),
                "attempt", shown.attempt(), "maxAttempts", shown.maxAttempts(), "gpus", shown.gpus(),
                "submitted", ConsoleFormats.dateTime(shown.submittedAt()),
                "version", shown.modelVersion() == null ? "—" : shown.model() + " v" + shown.modelVersion())));
        cancel.setVisible(mayChange && !shown.state().isFinal() && !shown.cancelRequested());
        retry.setVisible(mayChange && (shown.state() == JobsApi.State.FAILED || shown.state() == JobsApi.State.CANCELLED));
    }

    private void showProgress(List<JobsApi.Progress> all) {
        List<JobsApi.Progress> attempt = all.stream().filter(point -> point.attempt() == job.attempt()).toList();
        JobsApi.Progress last = attempt.isEmpty() ? null : attempt.getLast();
        if (job.state() == JobsApi.State.SUCCEEDED) {
            progressBar.setValue(1);
        } else {
            progressBar.setValue(last == null || last.epochs() == 0 ? 0 : Math.min(1, last.epoch() / (double) last.epochs()));
        }
        progressText.setText(last == null ? getTranslation("training.progress.none")
                : getTranslation("training.progress.epoch-loss", Map.of("epoch", last.epoch(), "epochs", last.epochs(),
                "loss", ConsoleFormats.decimal(last.loss()), "accuracy", last.accuracy() == null ? "—" : ConsoleFormats.percent(last.accuracy()))));
        if (attempt.size() != chartedEpochs && !attempt.isEmpty()) {
            chartedEpochs = attempt.size();
            chart.removeAll();
            var points = attempt.stream().map(point -> new TrainingCurveChart.Point(point.epoch(), point.loss(), point.accuracy())).toList();
            String title = getTranslation("training.chart.title");
            chart.add(SvgChart.image(TrainingCurveChart.create(points, new TrainingCurveChart.Labels(title,
                    getTranslation("training.chart.epoch"), getTranslation("training.chart.loss"), getTranslation("training.chart.accuracy"))),
                    720, 320, progressText.getText()));
            chart.getElement().setAttribute("data-epochs", Integer.toString(chartedEpochs));
        }
    }

    private void appendLogs(List<JobsApi.LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        for (JobsApi.LogLine line : lines) {
            logLines.addLast(line.line());
            lastLogLine = Math.max(lastLogLine, line.id());
        }
        while (logLines.size() > LOG_LINES_KEPT) {
            logLines.removeFirst();
        }
        logs.setText(String.join("\n", logLines));
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        ui.setPollInterval(-1);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.job.page-title") + " · " + getTranslation("core.product");
    }
}
