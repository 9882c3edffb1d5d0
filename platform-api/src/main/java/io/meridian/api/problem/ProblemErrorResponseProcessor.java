package io.meridian.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;

/** Every error response the framework produces leaves as a localized problem+json document. */
@Primary
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    private final ProblemRenderer renderer;

    ProblemErrorResponseProcessor(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        ApiException error = FrameworkErrors.translate(response.status(), cause).orElseGet(() -> {
            String errorId = UUID.randomUUID().toString();
            LOG.error("error {} on {} {}", errorId, context.getRequest().getMethodName(), context.getRequest().getPath(), cause);
            return new ApiException(ProblemCode.INTERNAL_ERROR, Map.of("errorId", errorId));
        });
        return renderer.apply(response, context.getRequest(), error);
    }
}
