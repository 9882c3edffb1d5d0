package io.meridian.api.models;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.registry.RegistryNames;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Aliases: each names one version of its model. Every move holds the model's row lock, so moves
 * of one model happen one after another; a move that states the version it expects to replace
 * fails with 409 when another move came first, so of concurrent moves exactly one wins. Where the
 * model requires it, moving {@code production} waits for a compliance or tenant admin other than
 * the requester.
 */
@Singleton
public final class AliasService {

    static final List<String> APPROVERS = List.of(Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN);

    /** Either the alias moved, or the move waits for approval. */
    public record MoveResult(ModelViews.AliasView moved, ModelViews.ApprovalView pending) {
    }

    private final TenantDb db;
    private final AuditLog audit;
    private final Clock clock;
    private final AliasChanges changes;

    AliasService(TenantDb db, AuditLog audit, Clock clock, AliasChanges changes) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.changes = changes;
    }

    public MoveResult move(Caller caller, String modelName, String alias, ModelRequests.MoveAlias request) {
        requireAliasName(alias);
        MoveResult result = db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.lock(handle, modelName);
            if (!VersionRepository.exists(handle, model.id(), request.version())) {
                throw ApiException.invalid(FieldError.of("version", "field.unknown-version", "model", modelName));
            }
            Optional<Integer> current = AliasRepository.current(handle, model.id(), alias);
            if (request.expectedVersion() != null && request.expectedVersion() != current.orElse(0).intValue()) {
                throw ApiException.conflict("alias-moved", alias + " → " + current.map(String::valueOf).orElse("-"));
            }
            Instant now = clock.instant();
            String actor = AuditLog.actor(caller);
            String reason = request.reason() == null ? "" : request.reason().strip();
            if (needsApproval(model, alias)) {
                AliasRepository.Approval approval = AliasRepository.request(handle, caller.tenantId(), model.id(), alias,
                        request.version(), reason, actor, now);
                RegistryEvents.append(handle, caller.tenantId(), RegistryEvents.APPROVAL_REQUESTED, model, request.version(), alias, actor, now);
                audit.record(handle, caller, "model.alias-move-requested", subject(model, alias), Map.of(
                        "approval", approval.id().toString(), "version", request.version(), "reason", reason));
                return new MoveResult(null, view(model, approval));
            }
            return new MoveResult(moveNow(handle, caller, model, alias, request.version(), current, Map.of("reason", reason)), null);
        });
        changes.changed(caller.tenantId());
        return result;
    }

    ModelViews.ApprovalView approve(Caller caller, String modelName, UUID approvalId, ModelRequests.Decide request) {
        return decide(caller, modelName, approvalId, request, true);
    }

    ModelViews.ApprovalView reject(Caller caller, String modelName, UUID approvalId, ModelRequests.Decide request) {
        return decide(caller, modelName, approvalId, request, false);
    }

    void remove(Caller caller, String modelName, String alias) {
        requireAliasName(alias);
        db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.lock(handle, modelName);
            if (needsApproval(model, alias) && !caller.isAny(APPROVERS)) {
                throw ApiException.forbidden("protected-alias");
            }
            Integer version = AliasRepository.current(handle, model.id(), alias).orElseThrow(NotFoundException::new);
            AliasRepository.remove(handle, model.id(), alias);
            Instant now = clock.instant();
            RegistryEvents.append(handle, caller.tenantId(), RegistryEvents.ALIAS_REMOVED, model, version, alias, AuditLog.actor(caller), now);
            audit.record(handle, caller, "model.alias-removed", subject(model, alias), Map.of("version", version));
            return null;
        });
        changes.changed(caller.tenantId());
    }

    public List<ModelViews.AliasView> list(Caller caller, String modelName) {
        return db.inTenant(caller.tenantId(), handle -> AliasRepository.all(handle, ModelService.require(handle, modelName).id()));
    }

    List<ModelViews.ApprovalView> approvals(Caller caller, String modelName, String state) {
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.require(handle, modelName);
            return AliasRepository.approvals(handle, model.id(), state).stream().map(approval -> view(model, approval)).toList();
        });
    }

    private ModelViews.ApprovalView decide(Caller caller, String modelName, UUID approvalId, ModelRequests.Decide request, boolean approve) {
        ModelViews.ApprovalView answer = db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.lock(handle, modelName);
            AliasRepository.Approval approval = AliasRepository.approval(handle, model.id(), approvalId).orElseThrow(NotFoundException::new);
            if (!"PENDING".equals(approval.state())) {
                throw ApiException.conflict("approval-decided", approval.state());
            }
            String actor = AuditLog.actor(caller);
            if (approval.requestedBy().equals(actor)) {
                throw ApiException.forbidden("own-request");
            }
            Instant now = clock.instant();
            String comment = request == null || request.comment() == null ? null : request.comment().strip();
            AliasRepository.Approval decided = AliasRepository.decide(handle, approval.id(), approve ? "APPROVED" : "REJECTED", actor, comment, now);
            Map<String, Object> details = new HashMap<>();
            details.put("approval", approval.id().toString());
            details.put("requestedBy", approval.requestedBy());
            if (approve) {
                moveNow(handle, caller, model, approval.alias(), approval.version(),
                        AliasRepository.current(handle, model.id(), approval.alias()), details);
            } else {
                details.put("version", approval.version());
                RegistryEvents.append(handle, caller.tenantId(), RegistryEvents.APPROVAL_REJECTED, model, approval.version(),
                        approval.alias(), actor, now);
                audit.record(handle, caller, "model.alias-move-rejected", subject(model, approval.alias()), details);
            }
            return view(model, decided);
        });
        changes.changed(caller.tenantId());
        return answer;
    }

    private ModelViews.AliasView moveNow(Handle handle, Caller caller, StoredModel model, String alias, int version,
                                         Optional<Integer> from, Map<String, Object> context) {
        Instant now = clock.instant();
        String actor = AuditLog.actor(caller);
        ModelViews.AliasView moved = AliasRepository.move(handle, caller.tenantId(), model.id(), alias, version, actor, now);
        RegistryEvents.append(handle, caller.tenantId(), RegistryEvents.ALIAS_MOVED, model, version, alias, actor, now);
        Map<String, Object> details = new HashMap<>(context);
        details.put("from", from.orElse(0));
        details.put("to", version);
        audit.record(handle, caller, "model.alias-moved", subject(model, alias), details);
        return moved;
    }

    private static boolean needsApproval(StoredModel model, String alias) {
        return model.approvalRequired() && RegistryNames.PRODUCTION.equals(alias);
    }

    private static void requireAliasName(String alias) {
        if (!RegistryNames.isAlias(alias)) {
            throw ApiException.invalid(FieldError.of("alias", "field.invalid-alias"));
        }
    }

    private static String subject(StoredModel model, String alias) {
        return "model:" + model.name() + "@" + alias;
    }

    private static ModelViews.ApprovalView view(StoredModel model, AliasRepository.Approval approval) {
        return new ModelViews.ApprovalView(approval.id(), model.name(), approval.alias(), approval.version(), approval.reason(),
                approval.state(), approval.requestedBy(), approval.requestedAt(), approval.decidedBy(), approval.decidedAt(),
                approval.comment());
    }
}
