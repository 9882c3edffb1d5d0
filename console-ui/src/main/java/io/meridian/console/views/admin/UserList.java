package io.meridian.console.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.meridian.console.api.UsersApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tenant's users; choosing one lets the admin change their roles or remove them (the API has no
 * "disable": removing a user ends their access). An admin cannot remove themselves here.
 */
final class UserList extends Div {

    private static final int SHOWN = 200;

    private final Grid<UsersApi.User> grid = new Grid<>();
    private final Span chosen = new Span();
    private final CheckboxGroup<String> roles = AssignableRoles.choice("user-edit-roles", getTranslation("admin.users.roles"));
    private final Button save = new Button(getTranslation("admin.users.save-roles"), click -> saveRoles());
    private final Button remove = new Button(getTranslation("admin.users.delete"), click -> confirmDelete());
    private final Div editor;
    private UsersApi.User selected;

    UserList() {
        grid.setId("user-grid");
        grid.addColumn(UsersApi.User::email).setHeader(getTranslation("admin.users.email")).setAutoWidth(true);
        grid.addColumn(UsersApi.User::displayName).setHeader(getTranslation("admin.users.name")).setAutoWidth(true);
        grid.addColumn(user -> String.join(", ", user.roles().stream().map(role -> getTranslation("core.role." + role)).toList()))
                .setHeader(getTranslation("admin.users.roles")).setFlexGrow(2);
        grid.addColumn(user -> ConsoleFormats.dateTime(user.createdAt())).setHeader(getTranslation("admin.users.created")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        chosen.setId("user-edit-email");
        save.setId("user-save-roles");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setId("user-delete");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(save, remove);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        editor = new Div(chosen, roles, actions);
        editor.setId("user-editor");
        editor.setVisible(false);
        add(grid, editor);
        reload();
    }

    void reload() {
        ErrorNotifier.call(() -> new UsersApi(Apis.client()).list(SHOWN, 0)).ifPresent(page -> grid.setItems(page.items()));
        select(null);
    }

    private void select(UsersApi.User user) {
        selected = user;
        editor.setVisible(user != null);
        if (user != null) {
            chosen.setText(getTranslation("admin.users.editing", Map.of("email", user.email())));
            roles.setInvalid(false);
            roles.setValue(Set.copyOf(user.roles().stream().filter(AssignableRoles.NAMES::contains).toList()));
            remove.setEnabled(!user.email().equalsIgnoreCase(ConsoleSession.requireUser().email()));
        }
    }

    private void saveRoles() {
        roles.setInvalid(false);
        ErrorNotifier.submit(() -> {
            // roles this form cannot grant (platform admin) stay as they are
            List<String> kept = Stream.concat(roles.getValue().stream(),
                    selected.roles().stream().filter(role -> !AssignableRoles.NAMES.contains(role))).distinct().toList();
            UsersApi.User changed = new UsersApi(Apis.client()).changeRoles(selected.id(), kept);
            Notification.show(getTranslation("admin.users.roles-saved", Map.of("email", changed.email())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        }, problem -> {
            FieldErrors.mark(roles, problem, "roles");
        });
    }

    private void confirmDelete() {
        UsersApi.User user = selected;
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.users.delete.confirm.title"),
                getTranslation("admin.users.delete.confirm.text", Map.of("email", user.email())), getTranslation("admin.users.delete"),
                event -> {
                    if (ErrorNotifier.run(() -> new UsersApi(Apis.client()).delete(user.id()))) {
                        Notification.show(getTranslation("admin.users.deleted", Map.of("email", user.email())))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        reload();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
