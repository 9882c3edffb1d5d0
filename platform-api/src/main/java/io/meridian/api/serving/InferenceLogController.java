package io.meridian.api.serving;

import io.meridian.api.Page;
import io.meridian.api.database.TenantDb;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The tenant's inference log, newest first, for its admins and compliance admins. */
@Controller("/api/v1/inference-logs")
@Tag(name = "Serving")
@Secured({Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN})
class InferenceLogController {

    private final TenantDb db;
    private final JsonMapper json;

    InferenceLogController(TenantDb db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Get
    Page<PredictionViews.InferenceLogView> list(Authentication authentication,
                                               @QueryValue @Nullable @Size(max = 100) String model,
                                               @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                               @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return db.inTenant(Caller.of(authentication).tenantId(), handle -> new Page<>(
                InferenceLogRepository.page(handle, model, limit, offset).stream().map(this::view).toList(),
                limit, offset, InferenceLogRepository.count(handle, model)));
    }

    private PredictionViews.InferenceLogView view(InferenceLogEntry entry) {
        return new PredictionViews.InferenceLogView(entry.id(), entry.at(), entry.region(), entry.sourceRegion(), entry.modelName(), entry.version(),
                entry.caller(), entry.locale(), entry.rows(), entry.latencyMicros(), entry.decision(),
                parse(entry.input()), parse(entry.output()));
    }

    private Object parse(String text) {
        try {
            return text == null ? null : json.readValue(text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
