package io.meridian.console.views;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.ApiProblem;
import io.meridian.console.api.ApiUnavailable;
import io.meridian.console.api.AuthApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.SignedInUser;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleLocale;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.LanguageSwitcher;

import java.time.Instant;

/**
 * Sign in with tenant, email and password: the API's login checks them and issues the token the
 * console keeps in the server-side session. The user's preferred language from their profile then
 * becomes the console's.
 */
@Route("login")
public final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TextField tenant = new TextField(getTranslation("core.login.tenant"));
    private final EmailField email = new EmailField(getTranslation("core.login.email"));
    private final PasswordField password = new PasswordField(getTranslation("core.login.password"));
    private final Div error = new Div();

    public LoginView() {
        tenant.setId("login-tenant");
        tenant.setRequired(true);
        tenant.setHelperText(getTranslation("core.login.tenant.help"));
        email.setId("login-email");
        email.setRequiredIndicatorVisible(true);
        password.setId("login-password");
        password.setRequired(true);
        error.setId("login-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button signIn = new Button(getTranslation("core.login.submit"), click -> signIn());
        signIn.setId("login-submit");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);

        VerticalLayout form = new VerticalLayout(new H1(getTranslation("core.login.heading")), new LanguageSwitcher(),
                tenant, email, password, error, signIn);
        form.setMaxWidth("24rem");
        form.getStyle().set("margin", "var(--lumo-space-xl) auto");
        form.getChildren().filter(child -> child instanceof TextField || child instanceof EmailField || child instanceof PasswordField)
                .forEach(field -> field.getElement().getStyle().set("width", "100%"));
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ConsoleSession.user().isPresent()) {
            event.forwardTo(DashboardView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.login.heading") + " · " + getTranslation("core.product");
    }

    private void showError(ApiProblem problem) {
        Span title = new Span(problem.title());
        title.getStyle().set("font-weight", "600").set("display", "block");
        error.add(title);
        if (problem.detail() != null) {
            error.add(new Span(problem.detail()));
        }
    }

    private void signIn() {
        error.removeAll();
        try {
            AuthApi.LoginResponse login = new AuthApi(Apis.client()).login(tenant.getValue().trim(), email.getValue().trim(), password.getValue());
            ConsoleSession.signIn(SignedInUser.of(login, Instant.now()));
            getUI().ifPresent(ui -> {
                ConsoleLocale.supported(login.user().preferredLocale()).ifPresent(locale -> ConsoleLocale.choose(ui, locale));
                // a fresh page, so the layout and its texts are built in the user's language
                ui.getPage().setLocation("./");
            });
        } catch (ApiProblem problem) {
            showError(problem);
        } catch (ApiUnavailable unavailable) {
            ErrorNotifier.show(unavailable);
        }
    }
}
