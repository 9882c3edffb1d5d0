package io.meridian.compliance.policy;

import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The answer of the decision point: a plain value, with its reasons and the caller's obligations. */
public record Decision(Outcome outcome, List<Reason> reasons, List<Obligation> obligations) {

    public enum Outcome { ALLOW, DENY }

    public Decision {
        reasons = List.copyOf(reasons);
        obligations = List.copyOf(obligations);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    /** What the obligations ask for the kinds of personal data found: redact or pseudonymize them. */
    public Map<EntityType, Operator> operators(Set<EntityType> found) {
        Map<EntityType, Operator> operators = new EnumMap<>(EntityType.class);
        for (Obligation obligation : obligations) {
            switch (obligation) {
                case Obligation.Redact redact -> redact.entities().stream().filter(found::contains)
                        .forEach(type -> operators.put(type, Operator.REDACT));
                case Obligation.Pseudonymize pseudonymize -> pseudonymize.entities().stream().filter(found::contains)
                        .forEach(type -> operators.put(type, Operator.PSEUDONYMIZE));
                default -> { }
            }
        }
        return operators;
    }
}
