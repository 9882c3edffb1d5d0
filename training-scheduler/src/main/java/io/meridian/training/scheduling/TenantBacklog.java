package io.meridian.training.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * One tenant's queued jobs in admission order, with a cursor: a job the cycle has decided (admitted
 * or waiting) is never looked at again, so a cycle costs one pass over the queue, not one per
 * admission. The first undecided job is the tenant's candidate for its next turn.
 */
final class TenantBacklog {

    private final TenantLedger ledger;
    private final List<RankedJob> jobs;
    private final ClusterTotals totals;
    private int next;
    private double turnKey;

    /** @param jobs sorted by {@link RankedJob#FIRST_TO_ADMIT} */
    TenantBacklog(TenantLedger ledger, List<RankedJob> jobs, ClusterTotals totals) {
        this.ledger = ledger;
        this.jobs = jobs;
        this.totals = totals;
    }

    UUID tenant() {
        return ledger.tenant();
    }

    TenantLedger ledger() {
        return ledger;
    }

    boolean hasUndecided() {
        return next < jobs.size();
    }

    /** The jobs not yet decided, in admission order; the first is the candidate. */
    List<RankedJob> undecided() {
        return jobs.subList(next, jobs.size());
    }

    RankedJob candidate() {
        return jobs.get(next);
    }

    /** The candidate was decided (admitted or waiting): the next job becomes the candidate. */
    void advance() {
        next++;
    }

    /** Fixes the key of the tenant's next turn for its current candidate; call when the candidate changes. */
    void keyTurnByCandidate() {
        turnKey = ledger.turnKey(candidate().gpus(), totals);
    }

    /** What the fair-share queue orders by; cached, because the heap compares it often. */
    double turnKey() {
        return turnKey;
    }

    void admitCandidate() {
        ledger.hold(candidate().gpus());
        advance();
    }
}
