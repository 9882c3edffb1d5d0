package io.meridian.compliance.policy;

import io.meridian.compliance.pii.EntityType;

import java.util.Map;
import java.util.Set;

/**
 * What a tenant allows for data that originates in one region. Immutable; a change is a new
 * version of the policy.
 *
 * @param storage               per data class, the regions that may hold it
 * @param processing            per data class, the regions that may compute on it (a subset of storage)
 * @param transfers             regions of another jurisdiction that personal data may cross to
 * @param piiTreatment          per kind of personal data, what to do with it (absent: ALLOW)
 * @param logInferenceInputs    whether inference inputs may be kept in the inference log at all
 * @param inferenceLogRetentionDays how long inference logs are kept
 * @param datasetRetentionDays  how long datasets are kept
 */
public record PolicyRules(Map<DataClass, Set<String>> storage,
                          Map<DataClass, Set<String>> processing,
                          Set<String> transfers,
                          Map<EntityType, Treatment> piiTreatment,
                          boolean logInferenceInputs,
                          int inferenceLogRetentionDays,
                          int datasetRetentionDays) {

    public PolicyRules {
        storage = Map.copyOf(storage);
        processing = Map.copyOf(processing);
        transfers = Set.copyOf(transfers);
        piiTreatment = Map.copyOf(piiTreatment);
    }

    public Set<String> storage(DataClass dataClass) {
        return storage.getOrDefault(dataClass, Set.of());
    }

    public Set<String> processing(DataClass dataClass) {
        return processing.getOrDefault(dataClass, Set.of());
    }

    public Treatment treatment(EntityType type) {
        return piiTreatment.getOrDefault(type, Treatment.ALLOW);
    }
}
