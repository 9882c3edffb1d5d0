package io.meridian.console.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import io.meridian.i18n.SupportedLocales;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vaadin's translations from the console's ICU bundles ({@link ConsoleBundles}). Views pass named
 * arguments as one map: {@code getTranslation("core.dashboard.welcome", Map.of("name", "Ana"))};
 * positional arguments are named {@code 0}, {@code 1}, … as in ICU.
 */
public final class ConsoleI18NProvider implements I18NProvider {

    private static final ConsoleBundles BUNDLES = ConsoleBundles.load();

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.all();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return BUNDLES.format(locale == null ? SupportedLocales.DEFAULT : locale, key, arguments(params));
    }

    static Map<String, ?> arguments(Object... params) {
        if (params == null || params.length == 0) {
            return Map.of();
        }
        if (params.length == 1 && params[0] instanceof Map<?, ?> named) {
            Map<String, Object> copy = new HashMap<>();
            named.forEach((name, value) -> copy.put(String.valueOf(name), value));
            return copy;
        }
        Map<String, Object> numbered = new HashMap<>();
        for (int i = 0; i < params.length; i++) {
            numbered.put(Integer.toString(i), params[i]);
        }
        return numbered;
    }
}
