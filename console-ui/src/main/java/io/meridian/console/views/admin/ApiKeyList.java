package io.meridian.console.views.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.meridian.console.api.ApiKeysApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.Map;

/** The tenant's API keys with their status; an active one can be revoked (after confirming). */
final class ApiKeyList extends Div {

    private static final int SHOWN = 200;

    private final Grid<ApiKeysApi.ApiKey> grid = new Grid<>();
    private final Paragraph empty = new Paragraph(getTranslation("admin.keys.none"));

    ApiKeyList() {
        grid.setId("api-key-grid");
        grid.addColumn(ApiKeysApi.ApiKey::name).setHeader(getTranslation("admin.keys.name")).setAutoWidth(true);
        grid.addColumn(key -> key.prefix() + "…").setHeader(getTranslation("admin.keys.prefix")).setAutoWidth(true);
        grid.addColumn(key -> String.join(", ", key.scopes().stream().map(scope -> getTranslation("admin.keys.scope." + scope)).toList()))
                .setHeader(getTranslation("admin.keys.scopes")).setAutoWidth(true);
        grid.addColumn(key -> getTranslation("admin.keys.status." + key.status())).setHeader(getTranslation("admin.keys.status"))
                .setAutoWidth(true);
        grid.addColumn(key -> ConsoleFormats.dateTime(key.createdAt())).setHeader(getTranslation("admin.keys.created")).setAutoWidth(true);
        grid.addColumn(key -> ConsoleFormats.dateTime(key.expiresAt())).setHeader(getTranslation("admin.keys.expires")).setAutoWidth(true);
        grid.addColumn(key -> key.lastUsedAt() == null ? getTranslation("admin.keys.never") : ConsoleFormats.dateTime(key.lastUsedAt()))
                .setHeader(getTranslation("admin.keys.last-used")).setAutoWidth(true);
        // kept in view at the end of the row, however wide the other columns get
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("admin.keys.actions")).setAutoWidth(true).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        empty.setId("api-key-none");
        add(empty, grid);
        reload();
    }

    void reload() {
        ErrorNotifier.call(() -> new ApiKeysApi(Apis.client()).list(SHOWN, 0)).ifPresent(page -> {
            grid.setItems(page.items());
            empty.setVisible(page.items().isEmpty());
            grid.setVisible(!page.items().isEmpty());
        });
    }

    private Component revokeButton(ApiKeysApi.ApiKey key) {
        if (!"ACTIVE".equals(key.status())) {
            return new Div();
        }
        Button revoke = new Button(getTranslation("admin.keys.revoke"), click -> confirmRevoke(key));
        revoke.setId("api-key-revoke-" + key.prefix());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel(getTranslation("admin.keys.revoke.label", Map.of("name", key.name())));
        return revoke;
    }

    private void confirmRevoke(ApiKeysApi.ApiKey key) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("api-key-revoke-confirm");
        confirm.setHeader(getTranslation("admin.keys.revoke.confirm.title"));
        confirm.setText(getTranslation("admin.keys.revoke.confirm.text", Map.of("name", key.name())));
        // an own button (with an id) instead of the built-in one: it revokes, then closes the dialog
        Button yes = new Button(getTranslation("admin.keys.revoke"), click -> {
            confirm.close();
            if (ErrorNotifier.run(() -> new ApiKeysApi(Apis.client()).revoke(key.id()))) {
                Notification.show(getTranslation("admin.keys.revoked", Map.of("name", key.name())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            }
        });
        yes.setId("api-key-revoke-confirm-button");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(yes);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.open();
    }
}
