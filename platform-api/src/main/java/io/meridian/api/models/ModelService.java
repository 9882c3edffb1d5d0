package io.meridian.api.models;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.database.UniqueViolation;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.registry.ModelTask;
import io.meridian.registry.RegistryNames;
import io.meridian.registry.Violation;
import io.meridian.registry.VersionRules;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Models of the caller's tenant: create, read, change, search. */
@Singleton
final class ModelService {

    private final TenantDb db;
    private final AuditLog audit;
    private final Clock clock;

    ModelService(TenantDb db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The model of this name in the handle's tenant; another tenant's model does not exist here. */
    static StoredModel require(Handle handle, String name) {
        return ModelRepository.byName(handle, name).orElseThrow(NotFoundException::new);
    }

    static StoredModel lock(Handle handle, String name) {
        return ModelRepository.lock(handle, name).orElseThrow(NotFoundException::new);
    }

    ModelViews.ModelView create(Caller caller, ModelRequests.CreateModel request) {
        List<Violation> violations = new ArrayList<>();
        if (!RegistryNames.isModelName(request.name())) {
            violations.add(Violation.of("name", "field.invalid-model-name"));
        }
        ModelTask task = NewVersionCheck.choice(ModelTask.class, request.task(), "task", violations);
        List<String> tags = request.tags() == null ? List.of() : request.tags();
        VersionRules.tags(tags, "tags", violations);
        RegistryProblems.throwIfAny(violations);
        boolean approvalRequired = Boolean.TRUE.equals(request.approvalRequired());
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model;
            try {
                model = ModelRepository.insert(handle, caller.tenantId(), request.name(),
                        request.description() == null ? "" : request.description().strip(), task, caller.id(), tags,
                        approvalRequired, clock.instant());
            } catch (RuntimeException e) {
                if (UniqueViolation.constraintOf(e).isPresent()) {
                    throw ApiException.conflict("model-name", request.name());
                }
                throw e;
            }
            audit.record(handle, caller, "model.created", "model:" + model.name(),
                    Map.of("task", task.name(), "approvalRequired", approvalRequired));
            return RegistryJson.view(model);
        });
    }

    /** For a training job that names a model not registered yet; a concurrent creation of the same name is fine. */
    void createIfMissing(Caller caller, ModelRequests.CreateModel request) {
        boolean exists = db.inTenant(caller.tenantId(), handle -> ModelRepository.byName(handle, request.name()).isPresent());
        if (exists) {
            return;
        }
        try {
            create(caller, request);
        } catch (ApiException e) {
            if (e.code() != ProblemCode.CONFLICT) {
                throw e;
            }
        }
    }

    ModelViews.ModelView get(Caller caller, String name) {
        return db.inTenant(caller.tenantId(), handle -> {
            return RegistryJson.view(require(handle, name));
        });
    }

    /**
     * Description and tags are the data scientists'; whether production moves need an approval is
     * for the admins who approve, so that nobody can switch off the check they are subject to.
     */
    ModelViews.ModelView update(Caller caller, String name, ModelRequests.UpdateModel request) {
        List<Violation> violations = new ArrayList<>();
        if (request.tags() != null) {
            VersionRules.tags(request.tags(), "tags", violations);
        }
        RegistryProblems.throwIfAny(violations);
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = lock(handle, name);
            boolean approvalRequired = request.approvalRequired() == null ? model.approvalRequired() : request.approvalRequired();
            if (approvalRequired != model.approvalRequired() && !caller.isAny(List.of(Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN))) {
                throw ApiException.forbidden("approval-setting");
            }
            String description = request.description() == null ? model.description() : request.description().strip();
            List<String> tags = request.tags() == null ? model.tags() : request.tags();
            StoredModel updated = ModelRepository.update(handle, model.id(), description, tags, approvalRequired, clock.instant());
            Map<String, Object> changed = new LinkedHashMap<>();
            if (!Objects.equals(description, model.description())) {
                changed.put("description", true);
            }
            if (!Objects.equals(tags, model.tags())) {
                changed.put("tags", tags);
            }
            if (approvalRequired != model.approvalRequired()) {
                changed.put("approvalRequired", approvalRequired);
            }
            if (!changed.isEmpty()) {
                audit.record(handle, caller, "model.updated", "model:" + name, changed);
            }
            return RegistryJson.view(updated);
        });
    }

    Page<ModelViews.ModelView> search(Caller caller, RegistrySearch.ModelFilter filter, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle -> {
            Page<StoredModel> page = RegistrySearch.models(handle, filter, limit, offset);
            return new Page<>(page.items().stream().map(RegistryJson::view).toList(),
                    page.limit(), page.offset(), page.total());
        });
    }
}
