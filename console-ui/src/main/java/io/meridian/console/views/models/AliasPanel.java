package io.meridian.console.views.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.AliasesApi;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Where a model's aliases point, moving one (data scientists, tenant admins) and, where the model
 * requires approval for production, the pending requests that a compliance or tenant admin other than
 * the requester approves or rejects. After each change the page shows the model afresh.
 */
final class AliasPanel extends Div {

    /** The aliases offered besides those the model has already. */
    private static final List<String> USUAL = List.of("production", "staging", "canary", "shadow");

    private final String model;

    AliasPanel(ModelsApi.Model model, List<ModelsApi.Version> versions) {
        this.model = model.name();
        setId("model-aliases");
        AliasesApi api = new AliasesApi(Apis.client());
        ErrorNotifier.call(() -> api.aliases(this.model)).ifPresent(aliases -> add(current(aliases)));
        var user = ConsoleSession.requireUser();
        if (user.hasAnyRole(Role.DATA_SCIENTIST, Role.TENANT_ADMIN) && !versions.isEmpty()) {
            add(moveForm(model, versions));
        }
        ErrorNotifier.call(() -> api.pending(this.model)).ifPresent(pending -> add(pending(pending, user.hasAnyRole(Role.COMPLIANCE_ADMIN, Role.TENANT_ADMIN))));
    }

    private Component current(List<AliasesApi.Alias> aliases) {
        if (aliases.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("models.aliases.none"));
            none.setId("model-aliases-current");
            return none;
        }
        Grid<AliasesApi.Alias> grid = new Grid<>();
        grid.setId("model-aliases-current");
        grid.addColumn(AliasesApi.Alias::alias).setHeader(getTranslation("models.alias"));
        grid.addColumn(alias -> getTranslation("models.version.number", Map.of("version", alias.version()))).setHeader(getTranslation("models.version"));
        grid.addColumn(AliasesApi.Alias::movedBy).setHeader(getTranslation("models.aliases.moved-by"));
        grid.addColumn(alias -> ConsoleFormats.dateTime(alias.movedAt())).setHeader(getTranslation("models.aliases.moved-at"));
        grid.setItems(aliases);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component moveForm(ModelsApi.Model model, List<ModelsApi.Version> versions) {
        TreeSet<String> names = new TreeSet<>(USUAL);
        names.addAll(model.aliases() == null ? List.of() : model.aliases().keySet());
        Select<String> alias = new Select<>();
        alias.setId("alias-name");
        alias.setLabel(getTranslation("models.alias"));
        alias.setItems(names);
        alias.setValue("production");
        Select<Integer> version = new Select<>();
        version.setId("alias-version");
        version.setLabel(getTranslation("models.version"));
        version.setItems(versions.stream().map(ModelsApi.Version::version).toList());
        version.setItemLabelGenerator(number -> getTranslation("models.version.number", Map.of("version", number)));
        version.setValue(versions.getFirst().version());
        TextField reason = new TextField(getTranslation("models.aliases.reason"));
        reason.setId("alias-reason");
        reason.setHelperText(getTranslation(model.approvalRequired() ? "models.aliases.reason.help-approval" : "models.aliases.reason.help"));
        Button move = new Button(getTranslation("models.aliases.move"), click -> {
            version.setInvalid(false);
            ErrorNotifier.submit(() -> {
                AliasesApi.Move result = new AliasesApi(Apis.client()).move(this.model, alias.getValue(), version.getValue(), reason.getValue());
                if (result.pending() != null) {
                    success(getTranslation("models.aliases.requested", Map.of("alias", result.pending().alias(), "version", result.pending().version())));
                } else {
                    success(getTranslation("models.aliases.moved", Map.of("alias", result.moved().alias(), "version", result.moved().version())));
                }
                refresh();
            }, problem -> {
                FieldErrors.mark(version, problem, "version");
            });
        });
        move.setId("alias-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(alias, version, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return new Div(new H4(getTranslation("models.aliases.move-title")), form, move);
    }

    private Component pending(List<AliasesApi.Approval> approvals, boolean mayDecide) {
        Div part = new Div(new H4(getTranslation("models.approvals.title")));
        part.setId("model-approvals");
        if (approvals.isEmpty()) {
            part.add(new Paragraph(getTranslation("models.approvals.none")));
            return part;
        }
        for (AliasesApi.Approval approval : approvals) {
            Paragraph request = new Paragraph(getTranslation("models.approvals.request", Map.of("alias", approval.alias(),
                    "version", approval.version(), "by", approval.requestedBy(), "at", ConsoleFormats.dateTime(approval.requestedAt()),
                    "reason", approval.reason() == null || approval.reason().isBlank() ? "—" : approval.reason())));
            request.setId("approval-" + approval.id());
            request.addClassName("approval-request");
            part.add(request);
            if (mayDecide) {
                Button approve = decision("approval-approve-" + approval.version(), "models.approvals.approve",
                        () -> new AliasesApi(Apis.client()).approve(model, approval.id()), "models.approvals.approved");
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                Button reject = decision("approval-reject-" + approval.version(), "models.approvals.reject",
                        () -> new AliasesApi(Apis.client()).reject(model, approval.id()), "models.approvals.rejected");
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                part.add(new HorizontalLayout(approve, reject));
            }
        }
        return part;
    }

    private Button decision(String id, String labelKey, Supplier<AliasesApi.Approval> call, String doneKey) {
        Button button = new Button(getTranslation(labelKey), click -> ErrorNotifier.call(call).ifPresent(decided -> {
            success(getTranslation(doneKey, Map.of("alias", decided.alias(), "version", decided.version())));
            refresh();
        }));
        button.setId(id);
        return button;
    }

    private static void success(String text) {
        Notification notification = Notification.show(text, 5_000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void refresh() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
