package io.meridian.api.i18n;

import io.meridian.i18n.SupportedLocales;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.Locale;

/**
 * The supported locale a request is answered in, negotiated from its Accept-Language header once
 * and kept on the request, so the body's messages and the Content-Language header always agree.
 */
public final class RequestLocale {

    private static final String ATTRIBUTE = RequestLocale.class.getName();

    private RequestLocale() {
    }

    public static Locale of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Locale.class).orElseGet(() -> {
            Locale locale = SupportedLocales.negotiate(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
            request.setAttribute(ATTRIBUTE, locale);
            return locale;
        });
    }
}
