package io.meridian.training.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * One admission cycle: hands out free room turn by turn to the tenant with the smallest weighted
 * dominant share ({@link TenantLedger#turnKey}), and gives every job it does not admit one reason.
 * Used once, by {@link AdmissionPlanner}.
 *
 * <p>Within a cycle free room only shrinks and what tenants hold only grows, so a job that cannot be
 * admitted when its tenant looks at it cannot be admitted later in the cycle either: it is decided
 * then and there and the tenant's next job becomes its candidate. A cycle therefore costs one pass
 * over the queue plus a few heap operations per admission.
 */
final class AdmissionCycle {

    private static final Comparator<TenantBacklog> SMALLEST_SHARE_FIRST = Comparator
            .comparingDouble(TenantBacklog::turnKey)
            .thenComparing(TenantBacklog::tenant);

    private final Map<String, PoolRoom> rooms;
    private final List<TenantBacklog> backlogs;
    private final PoolReservations reservations;
    private final List<Admission> admitted = new ArrayList<>();
    private final Map<UUID, WaitReason> waiting = new HashMap<>();

    AdmissionCycle(Map<String, PoolRoom> rooms, List<TenantBacklog> backlogs, PoolReservations reservations) {
        this.rooms = rooms;
        this.backlogs = backlogs;
        this.reservations = reservations;
    }

    AdmissionPlan run() {
        PriorityQueue<TenantBacklog> bySmallestShare = new PriorityQueue<>(Math.max(1, backlogs.size()), SMALLEST_SHARE_FIRST);
        for (TenantBacklog tenant : backlogs) {
            if (findAdmissibleCandidate(tenant)) {
                bySmallestShare.add(tenant);
            }
        }
        while (!bySmallestShare.isEmpty()) {
            TenantBacklog tenant = bySmallestShare.poll();
            // its quota cannot have changed since its candidate was chosen, but other tenants may have taken the room
            PoolRoom pool = firstPoolWithRoom(tenant.candidate());
            if (pool != null) {
                admit(tenant, pool);
            }
            if (findAdmissibleCandidate(tenant)) {
                bySmallestShare.add(tenant); // at its new place: its share grew, or its candidate changed
            }
        }
        return new AdmissionPlan(admitted, waiting);
    }

    private void admit(TenantBacklog tenant, PoolRoom pool) {
        RankedJob job = tenant.candidate();
        pool.take(job.gpus());
        tenant.admitCandidate();
        admitted.add(new Admission(job.job().id(), tenant.tenant(), pool.name()));
    }

    /**
     * Makes the tenant's first admissible job its candidate and keys its next turn by it, recording
     * why each job before it waits; false when none of its jobs is left.
     */
    private boolean findAdmissibleCandidate(TenantBacklog tenant) {
        while (tenant.hasUndecided()) {
            RankedJob job = tenant.candidate();
            WaitReason reason = tenant.ledger().quotaBlocking(job.gpus());
            if (reason == null && firstPoolWithRoom(job) == null) {
                reason = reasonForNoRoom(job);
            }
            if (reason == null) {
                tenant.keyTurnByCandidate();
                return true;
            }
            waiting.put(job.job().id(), reason);
            tenant.advance();
        }
        return false;
    }

    /** The first allowed pool, in the job's order of preference, that has room and is not reserved against it. */
    private PoolRoom firstPoolWithRoom(RankedJob job) {
        for (String name : job.job().allowedPools()) {
            PoolRoom pool = rooms.get(name);
            if (pool != null && pool.fitsNow(job.gpus()) && !reservations.holdsBack(pool, job)) {
                return pool;
            }
        }
        return null;
    }

    /**
     * RESERVED when a pool has room but keeps it for a starving job; FAIR_SHARE when a pool had room
     * at the start of the cycle and jobs that went first took it; CAPACITY when no allowed pool had room.
     */
    private WaitReason reasonForNoRoom(RankedJob job) {
        boolean fittedAtStart = false;
        for (String name : job.job().allowedPools()) {
            PoolRoom pool = rooms.get(name);
            if (pool == null) {
                continue;
            }
            if (pool.fitsNow(job.gpus())) {
                return WaitReason.RESERVED; // it has room, so only a reservation can have refused it
            }
            fittedAtStart |= pool.fittedAtStart(job.gpus());
        }
        return fittedAtStart ? WaitReason.FAIR_SHARE : WaitReason.CAPACITY;
    }
}
