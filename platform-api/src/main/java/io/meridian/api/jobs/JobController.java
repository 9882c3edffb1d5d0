package io.meridian.api.jobs;

import io.meridian.api.Page;
import io.meridian.api.i18n.RequestLocale;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.training.jobs.JobState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.reactivestreams.Publisher;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Training jobs of the tenant: data scientists and tenant admins submit, cancel and retry them;
 * everyone in the tenant follows them.
 */
@Controller("/api/v1/jobs")
@Tag(name = "Training jobs")
class JobController {


    private final JobService jobs;
    private final JobStream stream;

    JobController(JobService jobs, JobStream stream) {
        this.jobs = jobs;
        this.stream = stream;
    }

    @Post
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<JobViews.JobView> submit(Authentication authentication, HttpRequest<?> http, @Body JobRequests.Submit request) {
        JobViews.JobView job = jobs.submit(Caller.of(authentication), request, locale(http));
        return HttpResponse.created(job, URI.create("/api/v1/jobs/" + job.id()));
    }

    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    Page<JobViews.JobView> list(Authentication authentication, HttpRequest<?> http, @Nullable @QueryValue String state,
                                @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return jobs.list(Caller.of(authentication), state(state), limit, offset, locale(http));
    }

    @Get("/{id}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    JobViews.JobView get(Authentication authentication, HttpRequest<?> http, UUID id) {
        return jobs.get(Caller.of(authentication), id, locale(http));
    }

    @Post("/{id}/cancel")
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    JobViews.JobView cancel(Authentication authentication, HttpRequest<?> http, UUID id) {
        return jobs.cancel(Caller.of(authentication), id, locale(http));
    }

    @Post("/{id}/retry")
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<JobViews.JobView> retry(Authentication authentication, HttpRequest<?> http, UUID id) {
        JobViews.JobView job = jobs.retry(Caller.of(authentication), id, locale(http));
        return HttpResponse.created(job, URI.create("/api/v1/jobs/" + job.id()));
    }

    @Get("/{id}/events")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<JobViews.EventView> events(Authentication authentication, UUID id) {
        return jobs.events(Caller.of(authentication), id);
    }

    @Get("/{id}/progress")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<JobViews.ProgressView> progress(Authentication authentication, UUID id) {
        return jobs.progress(Caller.of(authentication), id);
    }

    @Get("/{id}/logs")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<JobViews.LogLine> logs(Authentication authentication, UUID id, @QueryValue(defaultValue = "0") @Min(0) long after,
                                @QueryValue(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return jobs.logs(Caller.of(authentication), id, after, limit);
    }

    /** Server-sent events: {@code job} on every change of state, {@code progress} per epoch, {@code end} at the end. */
    @Get(value = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING) // the first read, for the 404, is JDBC
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    Publisher<Event<Object>> stream(Authentication authentication, HttpRequest<?> http, UUID id) {
        Caller caller = Caller.of(authentication);
        Locale locale = locale(http);
        jobs.get(caller, id, locale); // 404 before the stream starts, not inside it
        return stream.follow(cursor -> jobs.changes(caller, id, cursor, locale));
    }

    private static Optional<JobState> state(String state) {
        if (state == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JobState.valueOf(state));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(FieldError.of("state", "field.invalid-choice", "allowed",
                    String.join(", ", Arrays.stream(JobState.values()).map(Enum::name).toList())));
        }
    }

    private static Locale locale(HttpRequest<?> http) {
        return RequestLocale.of(http);
    }
}
