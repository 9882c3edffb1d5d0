package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Residency and privacy policies per source region ({@code /api/v1/policies}): versions, diffs, dry-runs. */
public final class PoliciesApi {

    /** The names the API uses for the choices of a policy (its enums). */
    public static final List<String> DATA_CLASSES = List.of("PUBLIC", "INTERNAL", "PERSONAL", "SENSITIVE_PERSONAL");
    public static final List<String> TREATMENTS = List.of("ALLOW", "PSEUDONYMIZE", "REDACT", "BLOCK");
    public static final List<String> ENTITY_TYPES = List.of("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN",
            "UK_NINO", "CN_RESIDENT_ID", "SG_NRIC", "DE_TAX_ID");
    public static final List<String> ACTIONS = List.of("STORE", "PROCESS", "DEPLOY", "SERVE", "RELEASE", "LOG");

    /** A policy as the API reads and writes it: region codes per data class, treatments per entity type. */
    public record Rules(Map<String, List<String>> storage, Map<String, List<String>> processing, List<String> transfers,
                        Map<String, String> piiTreatment, Boolean logInferenceInputs, Integer inferenceLogRetentionDays,
                        Integer datasetRetentionDays) {
    }

    /** One version of a region's policy; version 0 is the jurisdiction's default. */
    public record Version(String region, int version, boolean isDefault, Rules rules, String reason, String createdBy,
                          Instant createdAt) {
    }

    public record Change(String field, Object before, Object after) {
    }

    public record Diff(String region, int from, int to, List<Change> changes) {
    }

    record NewVersion(Rules rules, String reason) {
    }

    public record DryRun(String action, String dataClass, String sourceRegion, String targetRegion, List<String> piiFound,
                         Rules rules) {
    }

    public record Reason(String key, String message) {
    }

    public record Obligation(String type, List<String> entities, Integer days) {
    }

    public record Decision(String outcome, List<Reason> reasons, List<Obligation> obligations, Integer policyVersion) {
    }

    private final ApiClient client;

    public PoliciesApi(ApiClient client) {
        this.client = client;
    }

    /** The policy in force for every region. */
    public List<Version> current() {
        return client.get("/api/v1/policies", new TypeReference<List<Version>>() { });
    }

    public Version current(String region) {
        return client.get(path(region), Version.class);
    }

    /** Saves the rules as the region's next version; field errors name {@code rules.<field>}. */
    public Version change(String region, Rules rules, String reason) {
        return client.put(path(region), new NewVersion(rules, reason), Version.class);
    }

    public List<Version> history(String region) {
        return client.get(path(region) + "/versions", new TypeReference<List<Version>>() { });
    }

    public Diff diff(String region, int from, int to) {
        return client.get(path(region) + "/diff?from=" + from + "&to=" + to, Diff.class);
    }

    public Decision dryRun(DryRun question) {
        return client.post("/api/v1/policies/dry-run", question, Decision.class);
    }

    private static String path(String region) {
        return "/api/v1/policies/" + URLEncoder.encode(region, StandardCharsets.UTF_8);
    }
}
