package io.meridian.console.ui;

import com.vaadin.flow.component.UI;
import io.meridian.i18n.LocaleFormats;
import io.meridian.i18n.SupportedLocales;

import java.time.Instant;
import java.time.ZoneOffset;

/** Numbers, percentages and times as the page's language writes them (CLDR, through the i18n module). */
public final class ConsoleFormats {

    private ConsoleFormats() {
    }

    private static LocaleFormats formats() {
        UI ui = UI.getCurrent();
        return LocaleFormats.of(ui == null ? SupportedLocales.DEFAULT : ui.getLocale());
    }

    /** A time in UTC, marked so: the server does not know the browser's time zone. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : formats().dateTime(instant, ZoneOffset.UTC) + " UTC";
    }

    public static String number(double value) {
        return formats().number(value);
    }

    public static String number(long value) {
        return formats().number(value);
    }

    public static String percent(double fraction) {
        return formats().percent(fraction);
    }

    /** A number rounded to a few significant places, for losses and metrics. */
    public static String decimal(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "—";
        }
        return formats().number(Math.round(value * 10_000d) / 10_000d);
    }
}
