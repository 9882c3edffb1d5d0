package io.meridian.api.subjects;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.UUID;

/**
 * Data-subject requests (GDPR Art. 15 and 17): compliance and tenant admins export or erase
 * everything the tenant's data holds about one person's identifier.
 */
@Controller("/api/v1/data-subject-requests")
@Tag(name = "Data-subject requests")
@Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN})
class DataSubjectController {

    private final DataSubjectService requests;

    DataSubjectController(DataSubjectService requests) {
        this.requests = requests;
    }

    /**
     * {@code {kind: EXPORT|ERASE, subject: {value, type}, reason}}. An export answers with the
     * subject's records (this answer is the export: the request keeps counts only); an erasure
     * with what it removed and the training jobs and model versions it touches.
     */
    @Post
    HttpResponse<SubjectViews.Answer> create(Authentication authentication, @Body SubjectRequests.NewRequest request) {
        SubjectViews.Answer answer = requests.handle(Caller.of(authentication), request);
        return HttpResponse.created(answer, URI.create("/api/v1/data-subject-requests/" + answer.request().id()));
    }

    @Get
    Page<SubjectViews.RequestView> list(Authentication authentication,
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                        @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return requests.list(Caller.of(authentication), limit, offset);
    }

    @Get("/{id}")
    SubjectViews.RequestView get(Authentication authentication, UUID id) {
        return requests.get(Caller.of(authentication), id);
    }
}
