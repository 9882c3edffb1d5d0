package io.meridian.api.models;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.policies.KnownRegions;
import io.meridian.api.policies.PolicyDecisions;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.compliance.policy.Action;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionRequest;
import io.meridian.registry.ModelTask;
import io.meridian.registry.VersionComparison;
import io.meridian.registry.VersionRef;
import io.meridian.registry.artifacts.ArtifactStores;
import io.meridian.registry.artifacts.ChecksumMismatchException;
import io.meridian.registry.artifacts.StoredArtifact;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Versions: registered with their artifact (stored in their region's store only if the policy
 * allows that region to hold it), read, resolved by alias, compared, and downloaded (only where
 * the policy allows the artifact to be released to).
 */
@Singleton
final class VersionService {

    /** An artifact on its way out: the version and its bytes. */
    record Download(StoredVersion version, InputStream content) {
    }

    /** Where a reference points now: the model and its task, the version number, the aliases on that version. */
    private record Pointer(UUID modelId, String task, int version, List<String> aliases) {
    }

    private static final String POINTER_BY_ALIAS = "select r.model_id, m.task, r.version, " + StoredVersion.aliasesOf("r")
            + " from model_aliases r join models m on m.id = r.model_id where m.name = ? and r.alias = ?";
    private static final String POINTER_BY_NUMBER = "select v.model_id, m.task, v.version, " + StoredVersion.aliasesOf("v")
            + " from model_versions v join models m on m.id = v.model_id where m.name = ? and v.version = ?";

    private final TenantDb db;
    private final AuditLog audit;
    private final PolicyDecisions decisions;
    private final ArtifactStores stores;
    private final KnownRegions knownRegions;
    private final NewVersionCheck checks;
    private final RegistryJson json;
    private final ImmutableVersionCache cache;
    private final Clock clock;

    VersionService(TenantDb db, AuditLog audit, PolicyDecisions decisions, ArtifactStores stores, KnownRegions knownRegions,
                   NewVersionCheck checks, RegistryJson json, ImmutableVersionCache cache, Clock clock) {
        this.checks = checks;
        this.cache = cache;
        this.db = db;
        this.audit = audit;
        this.decisions = decisions;
        this.stores = stores;
        this.knownRegions = knownRegions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Three steps, so that storing the artifact holds no transaction open: validation and the
     * decision (kept in the audit log even when it denies), the artifact (atomic, checksummed), the version row with
     * its number, metrics, event and audit entry. A failure after the artifact is stored leaves
     * only an unreferenced blob under its checksum, which the next upload of it reuses.
     */
    ModelViews.VersionView create(Caller caller, String modelName, String metadata, InputStream artifact) {
        ModelRequests.NewVersion request = json.readMetadata(metadata);
        String subject = "model:" + modelName;
        NewVersionCheck.Checked checked = db.inTenant(caller.tenantId(), handle -> {
            NewVersionCheck.Checked valid = checks.check(handle, modelName, request);
            return valid.withDecision(decisions.decide(handle, caller, new DecisionRequest(
                    Action.STORE, subject, valid.dataClass(), valid.sourceRegion(), valid.region(), Set.of())));
        });
        Decision decision = checked.decision();
        if (!decision.allowed()) {
            throw PolicyDecisions.denied(subject, "region", decision);
        }
        StoredArtifact stored = store(checked, artifact);
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.lock(handle, modelName);
            int number = ModelRepository.nextVersion(handle, model.id(), clock.instant());
            VersionRepository.insert(handle, new VersionRepository.Insert(caller.tenantId(), model.id(), number,
                    checked.format(), stored, checked.region(), checked.sourceRegion(), checked.dataClass(),
                    json.write(checked.signature()), json.write(checked.metrics()), json.write(checked.lineage()),
                    checked.lineage().datasetId(), checked.lineage().trainingJobId(), checked.tags(),
                    checked.metrics().values(), AuditLog.actor(caller), clock.instant()));
            RegistryEvents.append(handle, caller.tenantId(), RegistryEvents.VERSION_CREATED, model, number, null,
                    AuditLog.actor(caller), clock.instant());
            audit.record(handle, caller, "model.version-created", "model:" + modelName + "@" + number, Map.of(
                    "sha256", stored.sha256(), "size", stored.size(), "region", checked.region(),
                    "format", checked.format().name()));
            return json.view(VersionRepository.byNumber(handle, model.id(), number).orElseThrow());
        });
    }

    ModelViews.VersionView get(Caller caller, String modelName, int version) {
        return db.inTenant(caller.tenantId(), handle -> json.view(require(handle, modelName, version)));
    }

    Page<ModelViews.VersionView> list(Caller caller, String modelName, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.require(handle, modelName);
            return new Page<>(VersionRepository.page(handle, model.id(), limit, offset).stream().map(json::view).toList(),
                    limit, offset, model.versionCount());
        });
    }

    /**
     * {@code churn@production} or {@code churn@3}: the hot path of serving. One round trip finds
     * where the reference points now; the version itself, immutable, is read once and then cached.
     */
    ModelViews.VersionView resolve(Caller caller, VersionRef ref) {
        return resolveServable(caller, ref).version();
    }

    /** {@link #resolve} with what serving needs besides the view: the model's id and task. */
    ServableVersions.Servable resolveServable(Caller caller, VersionRef ref) {
        Pointer pointer = db.readOne(caller.tenantId(), ref.byAlias() ? POINTER_BY_ALIAS : POINTER_BY_NUMBER, statement -> {
            statement.setObject(1, ref.model());
            statement.setObject(2, ref.byAlias() ? ref.alias() : ref.version());
        }, row -> new Pointer(row.getObject("model_id", UUID.class), row.getString("task"), row.getInt("version"),
                StoredVersion.strings(row.getArray("aliases")))).orElseThrow(NotFoundException::new);
        ModelViews.VersionView version = cache.get(caller.tenantId(), pointer.modelId(), pointer.version(), () -> db.inTenant(caller.tenantId(),
                handle -> json.view(VersionRepository.byNumber(handle, pointer.modelId(), pointer.version()).orElseThrow())))
                .withAliases(pointer.aliases());
        return new ServableVersions.Servable(pointer.modelId(), ModelTask.valueOf(pointer.task()), version);
    }

    Page<ModelViews.VersionListingView> search(Caller caller, RegistrySearch.VersionFilter filter, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle -> {
            Page<VersionListing> page = RegistrySearch.versions(handle, filter, limit, offset);
            return new Page<>(page.items().stream().map(json::view).toList(), page.limit(), page.offset(), page.total());
        });
    }

    ModelViews.ComparisonView compare(Caller caller, VersionRef left, VersionRef right) {
        ModelViews.VersionView a = resolve(caller, left);
        ModelViews.VersionView b = resolve(caller, right);
        VersionComparison.Result result = VersionComparison.compare(a.metrics(), a.lineage(), b.metrics(), b.lineage());
        return new ModelViews.ComparisonView(summary(a), summary(b), result.metrics(), result.hyperparameters());
    }

    /**
     * Releases the artifact to a requester in {@code to} (by default the tenant's home region),
     * if the policy of the data's source region allows that region to hold it.
     */
    Download download(Caller caller, String modelName, int number, Optional<String> to) {
        to.ifPresent(region -> knownRegions.require(region, "to"));
        record Asked(StoredVersion version, Decision decision) {
        }
        Asked asked = db.inTenant(caller.tenantId(), handle -> {
            StoredVersion found = require(handle, modelName, number);
            String target = to.orElseGet(() -> TenantRepository.byId(handle, caller.tenantId()).orElseThrow().homeRegion());
            return new Asked(found, decisions.decide(handle, caller, new DecisionRequest(Action.RELEASE, "model:" + found.ref(),
                    found.dataClass(), found.sourceRegion(), target, Set.of())));
        });
        StoredVersion version = asked.version();
        Decision decision = asked.decision();
        String subject = "model:" + version.ref();
        if (!decision.allowed()) {
            throw PolicyDecisions.denied(subject, "to", decision);
        }
        try {
            return new Download(version, stores.in(version.region()).open(version.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("artifact " + version.sha256() + " of " + subject + " missing from " + version.region(), e);
        }
    }

    static StoredVersion require(Handle handle, String modelName, int number) {
        StoredModel model = ModelService.require(handle, modelName);
        return VersionRepository.byNumber(handle, model.id(), number).orElseThrow(NotFoundException::new);
    }

    private StoredArtifact store(NewVersionCheck.Checked checked, InputStream artifact) {
        try (InputStream content = artifact) {
            return stores.in(checked.region()).put(content, checked.sha256());
        } catch (ChecksumMismatchException e) {
            throw ApiException.invalid(io.meridian.api.problem.FieldError.of("sha256", "field.checksum-mismatch", "actual", e.actual()));
        } catch (IOException e) {
            throw new UncheckedIOException("artifact not stored in " + checked.region(), e);
        }
    }

    private static ModelViews.VersionSummary summary(ModelViews.VersionView version) {
        return new ModelViews.VersionSummary(version.model(), version.version(), version.format(),
                version.region(), version.createdAt(), version.lineage().trainer());
    }
}
