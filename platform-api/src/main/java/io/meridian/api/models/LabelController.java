package io.meridian.api.models;

import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Translations of a model's output labels, per supported locale. */
@Controller("/api/v1/models/{name}/labels")
@Tag(name = "Models")
class LabelController {

    private final LabelService labels;

    LabelController(LabelService labels) {
        this.labels = labels;
    }

    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    List<ModelViews.LabelsView> all(Authentication authentication, String name) {
        return labels.all(Caller.of(authentication), name);
    }

    @Get("/{locale}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    ModelViews.LabelsView get(Authentication authentication, String name, String locale) {
        return labels.get(Caller.of(authentication), name, locale);
    }

    /** Replaces the locale's translations as a whole. */
    @Put("/{locale}")
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    ModelViews.LabelsView replace(Authentication authentication, String name, String locale,
                                  @Body @Valid ModelRequests.LabelTranslations request) {
        return labels.replace(Caller.of(authentication), name, locale, request.translations());
    }

    @Delete("/{locale}")
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<Void> remove(Authentication authentication, String name, String locale) {
        labels.remove(Caller.of(authentication), name, locale);
        return HttpResponse.noContent();
    }
}
