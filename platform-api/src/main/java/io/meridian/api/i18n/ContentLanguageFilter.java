package io.meridian.api.i18n;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every response says which language it is for (DESIGN.md, issue 6): the locale negotiated from
 * the request's Accept-Language, unless the handler already set one (problems set their own).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ContentLanguageFilter {

    @ResponseFilter
    void addContentLanguage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CONTENT_LANGUAGE)) {
            response.header(HttpHeaders.CONTENT_LANGUAGE, RequestLocale.of(request).toLanguageTag());
        }
    }
}
