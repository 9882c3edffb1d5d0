package io.meridian.console.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.meridian.i18n.SupportedLocales;
import io.meridian.i18n.TextDirection;

import java.util.Locale;

/**
 * The console's language: chosen by the user (kept in the session and, once signed in, in their API
 * profile), else negotiated from the browser's Accept-Language. Also sets the page's {@code lang} and
 * {@code dir}, so Arabic runs right to left.
 */
public final class ConsoleLocale {

    private static final String CHOSEN = ConsoleLocale.class.getName() + ".chosen";

    private ConsoleLocale() {
    }

    /** The locale a new page of this session starts in. */
    public static Locale forSession(VaadinSession session, VaadinRequest request) {
        Object chosen = session.getAttribute(CHOSEN);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return SupportedLocales.negotiate(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** Remembers the choice for the session and shows it on this page. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(CHOSEN, locale);
        apply(ui, locale);
    }

    public static void apply(UI ui, Locale locale) {
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        boolean rtl = TextDirection.isRightToLeft(locale);
        ui.setDirection(rtl ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0);"
                + "document.documentElement.setAttribute('dir', $1)", locale.toLanguageTag(), TextDirection.of(locale).htmlValue());
    }

    /** A supported locale for a BCP 47 tag from the user's profile, or none. */
    public static java.util.Optional<Locale> supported(String tag) {
        return tag != null && SupportedLocales.isSupportedTag(tag) ? java.util.Optional.of(Locale.forLanguageTag(tag)) : java.util.Optional.empty();
    }
}
