package io.meridian.console.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.ApiKeysApi;

import java.util.Map;

/**
 * The one time a new key's secret is shown: read-only, with a button that copies it with the browser's
 * Clipboard API. Closing the dialog drops it: the console keeps no copy and the API cannot show it again.
 */
final class NewKeyDialog extends Dialog {

    NewKeyDialog(ApiKeysApi.CreatedKey created) {
        setId("api-key-dialog");
        setHeaderTitle(getTranslation("admin.keys.created.title", Map.of("name", created.apiKey().name())));
        setCloseOnOutsideClick(false);
        TextField secret = new TextField(getTranslation("admin.keys.created.key"));
        secret.setId("api-key-secret");
        secret.setValue(created.key());
        secret.setReadOnly(true);
        secret.setWidth("36em");
        Span copied = new Span();
        copied.setId("api-key-copied");
        copied.getElement().setAttribute("role", "status");
        Button copy = new Button(getTranslation("admin.keys.created.copy"), VaadinIcon.COPY.create());
        copy.setId("api-key-copy");
        copy.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", created.key())
                .then(Boolean.class, done -> copied.setText(getTranslation(done ? "admin.keys.created.copied" : "admin.keys.created.copy-failed")))));
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph once = new Paragraph(getTranslation("admin.keys.created.once"));
        add(once, row, copied);
        Button close = new Button(getTranslation("admin.keys.created.close"), click -> close());
        close.setId("api-key-dialog-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        // the secret leaves the server's memory with the dialog
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                secret.clear();
                removeFromParent();
            }
        });
    }
}
