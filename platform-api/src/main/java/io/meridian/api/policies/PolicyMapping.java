package io.meridian.api.policies;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.PolicyRules;
import io.meridian.compliance.policy.PolicyViolation;
import io.meridian.compliance.policy.Treatment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Between the API's policy document and the compliance module's rules, naming every bad field. */
final class PolicyMapping {

    private PolicyMapping() {
    }

    static PolicyRules toRules(PolicyDocument document, String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        Map<DataClass, Set<String>> storage = regionsByClass(document.storage(), fieldPrefix + "storage", errors);
        Map<DataClass, Set<String>> processing = regionsByClass(document.processing(), fieldPrefix + "processing", errors);
        Map<EntityType, Treatment> treatment = new EnumMap<>(EntityType.class);
        document.piiTreatment().forEach((entity, value) -> {
            EntityType type = parse(EntityType.class, entity);
            Treatment chosen = parse(Treatment.class, value);
            if (type == null) {
                errors.add(FieldError.of(fieldPrefix + "piiTreatment." + entity, "field.unknown-entity-type", "allowed", names(EntityType.class)));
            } else if (chosen == null) {
                errors.add(FieldError.of(fieldPrefix + "piiTreatment." + entity, "field.unknown-treatment", "allowed", names(Treatment.class)));
            } else {
                treatment.put(type, chosen);
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new PolicyRules(storage, processing, new HashSet<>(document.transfers()), treatment,
                document.logInferenceInputs(), document.inferenceLogRetentionDays(), document.datasetRetentionDays());
    }

    static PolicyDocument toDocument(PolicyRules rules) {
        Map<String, List<String>> storage = new TreeMap<>();
        Map<String, List<String>> processing = new TreeMap<>();
        for (DataClass dataClass : DataClass.values()) {
            storage.put(dataClass.name(), sorted(rules.storage(dataClass)));
            processing.put(dataClass.name(), sorted(rules.processing(dataClass)));
        }
        Map<String, String> treatment = new TreeMap<>();
        rules.piiTreatment().forEach((type, chosen) -> treatment.put(type.name(), chosen.name()));
        return new PolicyDocument(storage, processing, sorted(rules.transfers()), treatment, rules.logInferenceInputs(),
                rules.inferenceLogRetentionDays(), rules.datasetRetentionDays());
    }

    static void throwIfViolated(List<PolicyViolation> violations, String fieldPrefix) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream()
                    .map(violation -> new FieldError(fieldPrefix + violation.field(), violation.key(), violation.arguments()))
                    .toList());
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Map<DataClass, Set<String>> regionsByClass(Map<String, List<String>> byName, String field, List<FieldError> errors) {
        Map<DataClass, Set<String>> result = new EnumMap<>(DataClass.class);
        byName.forEach((name, regions) -> {
            DataClass dataClass = parse(DataClass.class, name);
            if (dataClass == null) {
                errors.add(FieldError.of(field + "." + name, "field.unknown-data-class", "allowed", names(DataClass.class)));
            } else {
                result.put(dataClass, Set.copyOf(regions == null ? List.of() : regions));
            }
        });
        return result;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
