package io.meridian.console.views.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.AuditApi;
import io.meridian.console.session.Role;
import io.meridian.console.ui.AllowedRoles;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The tenant's tamper-evident audit log: filtered by action, actor, subject and time (UTC), page by
 * page, newest first; and the check that recomputes every hash of the chain.
 */
@Route(value = "compliance/audit", layout = MainLayout.class)
@MenuItem(titleKey = "compliance.audit.title", order = 61, icon = VaadinIcon.RECORDS)
@AllowedRoles(Role.COMPLIANCE_ADMIN)
public final class AuditLogView extends Main implements HasDynamicTitle {

    private static final int PAGE_SIZE = 25;
    /** The actions the platform writes; another can still be typed. */
    private static final List<String> ACTIONS = List.of("policy.version-created", "policy.decision", "auth.login", "user.created",
            "user.updated", "user.deleted", "api-key.created", "api-key.revoked", "dataset.created", "dataset.deleted",
            "training-job.submitted", "training-job.cancelled", "model.created", "model.version-created", "model.alias-moved",
            "data-subject.exported", "data-subject.erased", "quota.changed", "tenant.created", "tenant.renamed");

    private final ComboBox<String> action = new ComboBox<>(getTranslation("compliance.audit.action"));
    private final TextField actor = new TextField(getTranslation("compliance.audit.actor"));
    private final TextField subject = new TextField(getTranslation("compliance.audit.subject"));
    private final DateTimePicker from = new DateTimePicker(getTranslation("compliance.audit.from"));
    private final DateTimePicker to = new DateTimePicker(getTranslation("compliance.audit.to"));
    private final Grid<AuditApi.Entry> grid = new Grid<>();
    private final Span position = new Span();
    private final Button previous = new Button(getTranslation("compliance.audit.previous"), click -> turn(-1));
    private final Button next = new Button(getTranslation("compliance.audit.next"), click -> turn(1));
    private final Span verification = new Span();
    private AuditApi.Filter filter = new AuditApi.Filter(null, null, null, null, null);
    private int offset;

    public AuditLogView() {
        setId("audit");
        getStyle().set("padding", "var(--lumo-space-m)");
        action.setId("audit-action");
        action.setItems(ACTIONS);
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(typed -> action.setValue(typed.getDetail()));
        actor.setId("audit-actor");
        actor.setHelperText(getTranslation("compliance.audit.actor.help"));
        subject.setId("audit-subject");
        from.setId("audit-from");
        to.setId("audit-to");
        from.setHelperText(getTranslation("compliance.audit.utc"));
        to.setHelperText(getTranslation("compliance.audit.utc"));
        Button search = new Button(getTranslation("compliance.audit.search"), click -> search());
        search.setId("audit-search");
        Button reset = new Button(getTranslation("compliance.audit.reset"), click -> reset());
        reset.setId("audit-reset");
        FormLayout filters = new FormLayout(action, actor, subject, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 3));

        grid.setId("audit-grid");
        grid.addColumn(AuditApi.Entry::seq).setHeader(getTranslation("compliance.audit.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> ConsoleFormats.dateTime(entry.at())).setHeader(getTranslation("compliance.audit.at")).setAutoWidth(true);
        grid.addColumn(AuditApi.Entry::actor).setHeader(getTranslation("compliance.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditApi.Entry::action).setHeader(getTranslation("compliance.audit.action")).setAutoWidth(true);
        grid.addColumn(AuditApi.Entry::subject).setHeader(getTranslation("compliance.audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditApi.Entry::details).setHeader(getTranslation("compliance.audit.details")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        position.setId("audit-position");
        previous.setId("audit-previous");
        next.setId("audit-next");
        HorizontalLayout paging = new HorizontalLayout(previous, position, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);

        Button verify = new Button(getTranslation("compliance.audit.verify"), click -> verify());
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        verification.getElement().setAttribute("role", "status");
        HorizontalLayout chain = new HorizontalLayout(verify, verification);
        chain.setAlignItems(FlexComponent.Alignment.CENTER);

        add(new Section("audit-chain-section", getTranslation("compliance.audit.chain"), chain));
        add(new Section("audit-filter-section", getTranslation("compliance.audit.filters"), filters, new HorizontalLayout(search, reset)));
        add(new Section("audit-entries-section", getTranslation("compliance.audit.entries"), grid, paging));
        load();
    }

    private void search() {
        filter = new AuditApi.Filter(action.getValue(), actor.getValue(), subject.getValue(), utc(from.getValue()), utc(to.getValue()));
        offset = 0;
        load();
    }

    private void reset() {
        action.clear();
        actor.clear();
        subject.clear();
        from.clear();
        to.clear();
        search();
    }

    private void turn(int direction) {
        offset = Math.max(0, offset + direction * PAGE_SIZE);
        load();
    }

    private void load() {
        ErrorNotifier.call(() -> new AuditApi(Apis.client()).page(filter, PAGE_SIZE, offset)).ifPresent(page -> {
            grid.setItems(page.items());
            position.setText(page.items().isEmpty() ? getTranslation("compliance.audit.none")
                    : getTranslation("compliance.audit.position", Map.of("first", offset + 1, "last", offset + page.items().size(),
                    "total", page.total())));
            previous.setEnabled(offset > 0);
            next.setEnabled(offset + page.items().size() < page.total());
        });
    }

    private void verify() {
        ErrorNotifier.call(() -> new AuditApi(Apis.client()).verify()).ifPresent(result -> {
            verification.getElement().setAttribute("data-intact", String.valueOf(result.intact()));
            verification.setText(result.intact()
                    ? getTranslation("compliance.audit.intact", Map.of("count", result.entries()))
                    : getTranslation("compliance.audit.broken", Map.of("count", result.entries(),
                    "seq", result.firstBrokenSeq() == null ? 0 : result.firstBrokenSeq())));
            verification.getStyle().set("color", result.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        });
    }

    /** The pickers show UTC (the server does not know the browser's zone), as the grid's times do. */
    private static Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
