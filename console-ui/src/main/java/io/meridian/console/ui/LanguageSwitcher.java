package io.meridian.console.ui;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import io.meridian.console.api.AuthApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.i18n.SupportedLocales;

import java.util.Locale;

/**
 * The eight supported languages, each named in itself. A choice is kept for the session and, when
 * someone is signed in, saved as their preferred locale in the API, so it follows them; the page then
 * reloads in the new language (and direction).
 */
public final class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher() {
        setId("language-switcher");
        setItems(SupportedLocales.all());
        setItemLabelGenerator(LanguageSwitcher::nameInItself);
        setAriaLabel(getTranslation("core.language"));
        setValue(SupportedLocales.all().contains(UI.getCurrent().getLocale()) ? UI.getCurrent().getLocale() : SupportedLocales.DEFAULT);
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(change.getValue());
            }
        });
    }

    private void choose(Locale locale) {
        UI ui = UI.getCurrent();
        ConsoleLocale.choose(ui, locale);
        if (ConsoleSession.user().isPresent()) {
            ErrorNotifier.run(() -> new AuthApi(Apis.client()).savePreferredLocale(locale.toLanguageTag()));
        }
        ui.getPage().reload();
    }

    static String nameInItself(Locale locale) {
        ULocale own = ULocale.forLocale(locale);
        String name = own.getDisplayName(own);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
