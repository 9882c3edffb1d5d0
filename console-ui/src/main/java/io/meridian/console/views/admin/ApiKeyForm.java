package io.meridian.console.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.ApiKeysApi;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A new API key: a name, what it may do, and until when (end of that day, UTC; none: the platform's default lifetime). */
final class ApiKeyForm extends Div {

    private final TextField name = new TextField(getTranslation("admin.keys.name"));
    private final CheckboxGroup<String> scopes = new CheckboxGroup<>(getTranslation("admin.keys.scopes"));
    private final DatePicker expires = new DatePicker(getTranslation("admin.keys.expires"));
    private final Consumer<ApiKeysApi.CreatedKey> onCreated;

    ApiKeyForm(Consumer<ApiKeysApi.CreatedKey> onCreated) {
        this.onCreated = onCreated;
        name.setId("api-key-name");
        name.setMaxLength(100);
        scopes.setId("api-key-scopes");
        scopes.setItems(ApiKeysApi.SCOPES);
        scopes.setItemLabelGenerator(scope -> getTranslation("admin.keys.scope." + scope));
        scopes.setValue(Set.of("read"));
        expires.setId("api-key-expires");
        expires.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        expires.setHelperText(getTranslation("admin.keys.expires.help"));
        Button create = new Button(getTranslation("admin.keys.create"), click -> create());
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, scopes, expires);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form, create);
    }

    private void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        expires.setInvalid(false);
        LocalDate until = expires.getValue();
        ApiKeysApi.NewKey key = new ApiKeysApi.NewKey(name.getValue(), List.copyOf(scopes.getValue()),
                until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        ErrorNotifier.submit(() -> {
            ApiKeysApi.CreatedKey created = new ApiKeysApi(Apis.client()).create(key);
            name.clear();
            onCreated.accept(created);
        }, problem -> {
            FieldErrors.mark(name, problem, "name");
            FieldErrors.mark(scopes, problem, "scopes");
            FieldErrors.mark(expires, problem, "expiresAt");
        });
    }
}
