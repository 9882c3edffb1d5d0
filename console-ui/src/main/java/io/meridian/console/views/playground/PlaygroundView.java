package io.meridian.console.views.playground;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.api.ApiClient;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.api.PredictionsApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.session.SignedInUser;
import io.meridian.console.ui.AllowedRoles;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;
import io.meridian.console.views.LocaleNames;
import io.meridian.i18n.SupportedLocales;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Trying a model: choose it and one of its aliases or versions, fill in the form its input signature
 * makes, choose the language of the answer, and see what the API predicts (the same call an API client makes).
 * The API lets data scientists and tenant admins predict with their own sign-in.
 */
@Route(value = "playground", layout = MainLayout.class)
@MenuItem(titleKey = "playground.title", order = 50, icon = VaadinIcon.FLASK)
@AllowedRoles({Role.DATA_SCIENTIST, Role.TENANT_ADMIN})
public final class PlaygroundView extends Main implements HasDynamicTitle {

    private static final int MODELS_SHOWN = 500;

    private final VersionChooser chooser = new VersionChooser(this::versionChosen);
    private final Select<Locale> locale = new Select<>();
    private final Div formHolder = new Div();
    private final Button predict = new Button(getTranslation("playground.predict"), click -> predict());
    private final PredictionAnswer answer = new PredictionAnswer();
    private SignatureForm form;

    public PlaygroundView() {
        setId("playground");
        getStyle().set("padding", "var(--lumo-space-m)");
        locale.setId("playground-locale");
        locale.setLabel(getTranslation("playground.locale"));
        locale.setItems(SupportedLocales.all());
        locale.setItemLabelGenerator(LocaleNames::nameInItself);
        locale.setValue(SupportedLocales.all().contains(getLocale()) ? getLocale() : SupportedLocales.DEFAULT);
        predict.setId("playground-predict");
        predict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        predict.setEnabled(false);
        HorizontalLayout choice = new HorizontalLayout(chooser, locale);
        choice.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        choice.setWrap(true);
        add(new Section("playground-model-section", getTranslation("playground.choose"), choice));
        add(new Section("playground-input-section", getTranslation("playground.input"), formHolder, predict));
        add(new Section("playground-answer-section", getTranslation("playground.answer"), answer));
        ErrorNotifier.call(() -> new ModelsApi(Apis.client()).models(MODELS_SHOWN)).ifPresent(page -> {
            if (page.items().isEmpty()) {
                formHolder.add(new Paragraph(getTranslation("playground.no-models")));
            }
            chooser.setModels(page.items());
        });
    }

    private void versionChosen(Optional<ModelsApi.Version> version) {
        formHolder.removeAll();
        answer.setVisible(false);
        form = version.map(chosen -> new SignatureForm(chosen.signature().inputs())).orElse(null);
        if (form != null) {
            formHolder.add(form);
        }
        predict.setEnabled(form != null);
    }

    private void predict() {
        form.clearErrors();
        Optional<Map<String, Object>> row = form.row();
        if (row.isEmpty() || chooser.ref().isEmpty()) {
            return;
        }
        // the answer's language is the one chosen here, not the console's: a client for that locale
        ApiClient client = new ApiClient(Apis.settings().apiUrl(), ConsoleSession.user().map(SignedInUser::token), locale.getValue());
        ErrorNotifier.submit(() -> {
            answer.show(new PredictionsApi(client).predict(chooser.ref().get(), row.get()));
        }, problem -> {
            answer.setVisible(false);
            form.showErrors(problem);
        });
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
