package io.meridian.api.problem;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The server accepts request bodies as large as an artifact upload; every body that is not a
 * multipart upload (JSON, read into memory) is held to the much smaller JSON limit, by its
 * declared length, before any of it is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodySizeLimit {

    private final long jsonLimit;
    private final ProblemRenderer problems;

    BodySizeLimit(@Value("${meridian.json.max-request-size:1MB}") @ReadableBytes long jsonLimit, ProblemRenderer problems) {
        this.jsonLimit = jsonLimit;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        boolean multipart = request.getContentType().map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (length > jsonLimit && !multipart) {
            return problems.render(request, new ApiException(ProblemCode.PAYLOAD_TOO_LARGE));
        }
        return null;
    }
}
