package io.meridian.compliance.policy;

import java.util.List;

/** The message keys of decision reasons and policy violations, translated in the i18n module's "compliance" bundle. */
public final class MessageKeys {

    public static final String PERMITTED = "decision.permitted";
    public static final String REGION_NOT_PERMITTED = "decision.region-not-permitted";
    public static final String TRANSFER_NOT_PERMITTED = "decision.transfer-not-permitted";
    public static final String PII_BLOCKED = "decision.pii-blocked";
    public static final String UNKNOWN_REGION = "decision.unknown-region";

    public static final String POLICY_UNKNOWN_REGION = "policy.unknown-region";
    public static final String POLICY_PROCESSING_WITHOUT_STORAGE = "policy.processing-without-storage";
    public static final String POLICY_TRANSFER_NOT_PERMITTED = "policy.transfer-not-permitted";
    public static final String POLICY_SENSITIVE_LOOSER = "policy.sensitive-looser-than-personal";
    public static final String POLICY_RETENTION_OUT_OF_RANGE = "policy.retention-out-of-range";

    public static final List<String> ALL = List.of(PERMITTED, REGION_NOT_PERMITTED, TRANSFER_NOT_PERMITTED, PII_BLOCKED,
            UNKNOWN_REGION, POLICY_UNKNOWN_REGION, POLICY_PROCESSING_WITHOUT_STORAGE, POLICY_TRANSFER_NOT_PERMITTED,
            POLICY_SENSITIVE_LOOSER, POLICY_RETENTION_OUT_OF_RANGE);

    private MessageKeys() {
    }
}
