package io.meridian.api.audit;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The tenant's tamper-evident audit log, for compliance and tenant admins. */
@Controller("/api/v1/audit")
@Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN})
@Tag(name = "Audit")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /** Newest first; filter by actor, action, subject and a time window [from, to). */
    @Get
    Page<AuditView> page(Authentication authentication,
                         @QueryValue @Nullable @Size(max = 100) String actor,
                         @QueryValue @Nullable @Size(max = 64) String action,
                         @QueryValue @Nullable @Size(max = 200) String subject,
                         @QueryValue @Nullable Instant from,
                         @QueryValue @Nullable Instant to,
                         @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                         @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return audit.page(Caller.of(authentication), new AuditService.Filter(actor, action, subject, from, to), limit, offset);
    }

    /** Recomputes every hash: intact, or the first entry that was changed, removed or reordered. */
    @Get("/verify")
    AuditService.Verification verify(Authentication authentication) {
        return audit.verify(Caller.of(authentication));
    }
}
