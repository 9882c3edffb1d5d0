package io.meridian.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<Problem>> {

    private final ProblemRenderer renderer;

    ApiExceptionHandler(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiException exception) {
        return renderer.render(request, exception);
    }
}
