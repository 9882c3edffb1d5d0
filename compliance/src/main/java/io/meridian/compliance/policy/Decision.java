package io.meridian.compliance.policy;

import java.util.List;

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
}
