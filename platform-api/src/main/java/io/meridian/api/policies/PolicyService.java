package io.meridian.api.policies;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.database.UniqueViolation;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.policy.DefaultPolicies;
import io.meridian.compliance.policy.PolicyRules;
import io.meridian.compliance.policy.PolicyValidator;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Policies of the caller's tenant, one per source region, versioned: every change is a new version
 * with its author, time and reason, written together with its audit entry. Until a region's first
 * change, the jurisdiction's default (version 0) is in force.
 */
@Singleton
public final class PolicyService {

    /** The rules in force for a region, and which version they are (0: the default). */
    public record Effective(int version, PolicyRules rules) {
    }

    private final TenantDb db;
    private final AuditLog audit;
    private final RegionCatalog regions;
    private final DefaultPolicies defaults;
    private final PolicyValidator validator;
    private final JsonMapper json;

    PolicyService(TenantDb db, AuditLog audit, RegionCatalog regions, JsonMapper json) {
        this.db = db;
        this.audit = audit;
        this.regions = regions;
        this.defaults = new DefaultPolicies(regions);
        this.validator = new PolicyValidator(regions);
        this.json = json;
    }

    /** For the decision point of other features: the rules in force, read inside their transaction. */
    public Effective effective(Handle handle, String region) {
        return PolicyRepository.latest(handle, region)
                .map(stored -> new Effective(stored.version(), PolicyMapping.toRules(read(stored.rules()), "")))
                .orElseGet(() -> new Effective(0, defaults.forRegion(region)));
    }

    public List<PolicyViews.Version> current(Caller caller) {
        return db.inTenant(caller.tenantId(), handle -> regions.codes().stream().map(region -> current(handle, region)).toList());
    }

    public PolicyViews.Version current(Caller caller, String region) {
        requireRegion(region);
        return db.inTenant(caller.tenantId(), handle -> current(handle, region));
    }

    public List<PolicyViews.Version> history(Caller caller, String region) {
        requireRegion(region);
        return db.inTenant(caller.tenantId(), handle -> {
            List<PolicyViews.Version> versions = new ArrayList<>(PolicyRepository.history(handle, region).stream().map(this::view).toList());
            versions.add(defaultVersion(region));
            return versions;
        });
    }

    public PolicyViews.Version version(Caller caller, String region, int version) {
        requireRegion(region);
        if (version == 0) {
            return defaultVersion(region);
        }
        return db.inTenant(caller.tenantId(), handle -> PolicyRepository.version(handle, region, version))
                .map(this::view).orElseThrow(NotFoundException::new);
    }

    public PolicyViews.Version change(Caller caller, String region, PolicyRequests.Change change) {
        requireRegion(region);
        PolicyRules rules = PolicyMapping.toRules(change.rules(), "rules.");
        PolicyMapping.throwIfViolated(validator.validate(region, rules), "rules.");
        String stored = write(PolicyMapping.toDocument(rules));
        return db.inTenant(caller.tenantId(), handle -> {
            int next = PolicyRepository.latest(handle, region).map(PolicyRepository.Stored::version).orElse(0) + 1;
            PolicyRepository.Stored version;
            try {
                version = PolicyRepository.insert(handle, caller.tenantId(), region, next, stored, change.reason().trim(), caller.id());
            } catch (RuntimeException e) {
                if (UniqueViolation.constraintOf(e).isPresent()) {
                    throw ApiException.conflict("policy-version", region);
                }
                throw e;
            }
            audit.record(handle, caller, "policy.version-created", "policy:" + region,
                    Map.of("version", next, "reason", version.reason()));
            return view(version);
        });
    }

    public PolicyViews.Diff diff(Caller caller, String region, int from, int to) {
        Map<String, Object> before = flatten(version(caller, region, from).rules());
        Map<String, Object> after = flatten(version(caller, region, to).rules());
        List<PolicyViews.Change> changes = new ArrayList<>();
        for (String field : new TreeSet<>(union(before, after))) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new PolicyViews.Change(field, before.get(field), after.get(field)));
            }
        }
        return new PolicyViews.Diff(region, from, to, changes);
    }

    private PolicyViews.Version current(Handle handle, String region) {
        return PolicyRepository.latest(handle, region).map(this::view).orElseGet(() -> defaultVersion(region));
    }

    private PolicyViews.Version defaultVersion(String region) {
        return new PolicyViews.Version(region, 0, true, PolicyMapping.toDocument(defaults.forRegion(region)), null, null, null);
    }

    private PolicyViews.Version view(PolicyRepository.Stored stored) {
        return new PolicyViews.Version(stored.region(), stored.version(), false, read(stored.rules()), stored.reason(),
                stored.createdBy(), stored.createdAt());
    }

    /** A region in the path that does not exist is a resource that does not exist. */
    void requireRegion(String region) {
        if (regions.find(region).isEmpty()) {
            throw new NotFoundException();
        }
    }


    private static Map<String, Object> flatten(PolicyDocument document) {
        Map<String, Object> flat = new TreeMap<>();
        document.storage().forEach((dataClass, where) -> flat.put("storage." + dataClass, where.stream().sorted().toList()));
        document.processing().forEach((dataClass, where) -> flat.put("processing." + dataClass, where.stream().sorted().toList()));
        flat.put("transfers", document.transfers().stream().sorted().toList());
        document.piiTreatment().forEach((type, treatment) -> flat.put("piiTreatment." + type, treatment));
        flat.put("logInferenceInputs", document.logInferenceInputs());
        flat.put("inferenceLogRetentionDays", document.inferenceLogRetentionDays());
        flat.put("datasetRetentionDays", document.datasetRetentionDays());
        return flat;
    }

    private static Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private String write(PolicyDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PolicyDocument read(String stored) {
        try {
            return json.readValue(stored, PolicyDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored policy unreadable", e);
        }
    }
}
