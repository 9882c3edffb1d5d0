package io.meridian.console.views.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.UsersApi;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Creating a user of the tenant with an initial password and roles; the API's field errors appear at the fields. */
final class UserForm extends Div {

    private final EmailField email = new EmailField(getTranslation("admin.users.email"));
    private final TextField displayName = new TextField(getTranslation("admin.users.name"));
    private final PasswordField password = new PasswordField(getTranslation("admin.users.password"));
    private final CheckboxGroup<String> roles = AssignableRoles.choice("user-roles", getTranslation("admin.users.roles"));
    private final Consumer<UsersApi.User> onCreated;

    UserForm(Consumer<UsersApi.User> onCreated) {
        this.onCreated = onCreated;
        email.setId("user-email");
        displayName.setId("user-name");
        password.setId("user-password");
        password.setHelperText(getTranslation("admin.users.password.help"));
        Button create = new Button(getTranslation("admin.users.create"), click -> create());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(email, displayName, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, create);
    }

    private void create() {
        List<HasValidation> fields = List.of(email, displayName, password, roles);
        fields.forEach(field -> field.setInvalid(false));
        ErrorNotifier.submit(() -> {
            UsersApi.User user = new UsersApi(Apis.client()).create(new UsersApi.NewUser(email.getValue(), displayName.getValue(),
                    password.getValue(), List.copyOf(roles.getValue())));
            Notification.show(getTranslation("admin.users.added", Map.of("email", user.email())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            email.clear();
            displayName.clear();
            password.clear();
            roles.clear();
            onCreated.accept(user);
        }, problem -> {
            FieldErrors.mark(email, problem, "email");
            FieldErrors.mark(displayName, problem, "displayName");
            FieldErrors.mark(password, problem, "password");
            FieldErrors.mark(roles, problem, "roles");
        });
    }

}
