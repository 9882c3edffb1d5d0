package io.meridian.api.apikeys;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.ApiKeyDirectory;
import io.meridian.api.security.ApiKeySecrets;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Scopes;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API keys of the caller's tenant: created (shown once), listed, revoked. */
@Singleton
public final class ApiKeyService {

    private final TenantDb db;
    private final AuditLog audit;
    private final ApiKeyDirectory directory;
    private final Clock clock;
    private final Duration defaultLifetime;

    ApiKeyService(TenantDb db, AuditLog audit, ApiKeyDirectory directory, Clock clock,
                  @Value("${meridian.auth.api-key-default-lifetime:90d}") Duration defaultLifetime) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.defaultLifetime = defaultLifetime;
    }

    public CreatedApiKey create(Caller caller, ApiKeyRequests.Create request) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (!Scopes.ALL.containsAll(request.scopes())) {
            errors.add(FieldError.of("scopes", "field.unknown-scope", "allowed", String.join(", ", Scopes.ALL)));
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            errors.add(FieldError.of("expiresAt", "field.not-in-future"));
        }
        if (request.name().isBlank()) {
            errors.add(FieldError.of("name", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String key = ApiKeySecrets.generate();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(defaultLifetime);
        ApiKeyView stored = db.inTenant(caller.tenantId(), handle -> {
            ApiKeyView created = ApiKeyRepository.insert(handle, caller.tenantId(), request.name().trim(),
                    ApiKeySecrets.displayPrefix(key), ApiKeySecrets.hash(key),
                    request.scopes().stream().distinct().toList(), caller.id(), expiresAt);
            audit.record(handle, caller, "api-key.created", "api-key:" + created.id(), Map.of("name", created.name(),
                    "prefix", created.prefix(), "scopes", created.scopes(), "expiresAt", expiresAt.toString()));
            return created;
        });
        return new CreatedApiKey(stored, key);
    }

    public Page<ApiKeyView> list(Caller caller, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle ->
                new Page<>(ApiKeyRepository.page(handle, limit, offset), limit, offset, ApiKeyRepository.count(handle)));
    }

    public ApiKeyView get(Caller caller, UUID id) {
        return db.inTenant(caller.tenantId(), handle -> ApiKeyRepository.byId(handle, id)).orElseThrow(NotFoundException::new);
    }

    public ApiKeyView revoke(Caller caller, UUID id) {
        ApiKeyView revoked = db.inTenant(caller.tenantId(), handle -> {
            ApiKeyView key = ApiKeyRepository.revoke(handle, id).orElseThrow(NotFoundException::new);
            audit.record(handle, caller, "api-key.revoked", "api-key:" + id, Map.of("name", key.name(), "prefix", key.prefix()));
            return key;
        });
        directory.forget(id);
        return revoked;
    }
}
