package io.meridian.i18n;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/** Which way a locale's text runs, for the console's {@code dir} attribute and its layout. */
public enum TextDirection {

    LEFT_TO_RIGHT("ltr"),
    RIGHT_TO_LEFT("rtl");

    private final String htmlValue;

    TextDirection(String htmlValue) {
        this.htmlValue = htmlValue;
    }

    /** ICU decides from the locale's likely script (ar → Arab → right-to-left), so a tag without a script works too. */
    public static TextDirection of(Locale locale) {
        return ULocale.forLocale(locale).isRightToLeft() ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }

    public static boolean isRightToLeft(Locale locale) {
        return of(locale) == RIGHT_TO_LEFT;
    }

    /** The value of HTML's {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String htmlValue() {
        return htmlValue;
    }
}
