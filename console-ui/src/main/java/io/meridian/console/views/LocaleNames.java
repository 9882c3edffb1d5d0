package io.meridian.console.views;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/** A language named in itself (Deutsch, 日本語, العربية), as people look for their own. */
public final class LocaleNames {

    private LocaleNames() {
    }

    public static String nameInItself(Locale locale) {
        ULocale own = ULocale.forLocale(locale);
        String name = own.getDisplayName(own);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
