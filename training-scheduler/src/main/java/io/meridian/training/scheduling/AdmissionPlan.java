package io.meridian.training.scheduling;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outcome of one admission cycle: who is admitted where, and why each other job waits. */
public record AdmissionPlan(List<Admission> admitted, Map<UUID, WaitReason> waiting) {

    public AdmissionPlan {
        admitted = List.copyOf(admitted);
        waiting = Map.copyOf(waiting);
    }
}
