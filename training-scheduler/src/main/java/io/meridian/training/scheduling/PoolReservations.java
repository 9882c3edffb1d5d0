package io.meridian.training.scheduling;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The starvation guard. Fair share and priorities let small jobs fill every piece of room that
 * frees, so a big job could wait forever for one pool to have its GPUs free at once.
 *
 * <p>A job <em>starves</em> when it has waited longer than {@code starvationAfter}, its tenant's
 * quota does not hold it back (room kept for a job that may not run would be wasted), and room is
 * scarce for it: none of its allowed pools has room for two jobs of its size at the start of the
 * cycle. A starving job reserves one pool: the first of its allowed pools where it fits now, or
 * else the first that could hold it when empty. A job that ranks after the holder
 * ({@link RankedJob#FIRST_TO_ADMIT}, any tenant, the holder's own included) is admitted onto that
 * pool only if the holder still fits there afterwards. So while the holder does not fit, the room
 * that finishing jobs free accumulates cycle after cycle; once it fits, no later job takes that room
 * before the holder's tenant has its turn. Jobs that rank before the holder, room beyond what it
 * needs, and other pools are unaffected. Where several jobs reserve one pool, the first in rank
 * holds it. Aging makes a starving job rank before newer jobs of equal priority, so its reservation
 * holds against more jobs the longer it waits.
 *
 * <p>Why "room for two" rather than "does not fit now": in the cycle where the accumulated room
 * first suffices, the job fits, and a guard that let go then would hand that room to whichever
 * tenant's turn came first. Why not every long-waiting job: under backlog, jobs of small-weight
 * tenants wait long because fair share says so, and reserving for them let weight-1 tenants take
 * 19 % more than their weight in FairShareSimulation; a job that would fit twice over is not
 * waiting for room.
 */
final class PoolReservations {

    private final Map<PoolRoom, RankedJob> holderByPool = new HashMap<>();

    static PoolReservations atCycleStart(Iterable<TenantBacklog> backlogs, Map<String, PoolRoom> rooms,
                                         Duration starvationAfter) {
        PoolReservations reservations = new PoolReservations();
        for (TenantBacklog backlog : backlogs) {
            for (RankedJob job : backlog.undecided()) {
                if (job.waited().compareTo(starvationAfter) > 0
                        && backlog.ledger().quotaBlocking(job.gpus()) == null
                        && !anyAllowedPoolFitsTwice(job, rooms)) {
                    PoolRoom pool = poolToReserve(job, rooms);
                    if (pool != null) {
                        reservations.holderByPool.merge(pool, job, (held, other) -> held.ranksBefore(other) ? held : other);
                    }
                }
            }
        }
        return reservations;
    }

    /** Whether admitting {@code job} onto the pool would take room kept for a job that ranks before it. */
    boolean holdsBack(PoolRoom pool, RankedJob job) {
        RankedJob holder = holderByPool.get(pool);
        return holder != null && holder.ranksBefore(job) && !pool.fitsAfterTaking(job.gpus(), holder.gpus());
    }

    private static boolean anyAllowedPoolFitsTwice(RankedJob job, Map<String, PoolRoom> rooms) {
        for (String name : job.job().allowedPools()) {
            PoolRoom room = rooms.get(name);
            if (room != null && room.fitsAfterTaking(job.gpus(), job.gpus())) {
                return true;
            }
        }
        return false;
    }

    private static PoolRoom poolToReserve(RankedJob job, Map<String, PoolRoom> rooms) {
        PoolRoom firstBigEnough = null;
        for (String name : job.job().allowedPools()) {
            PoolRoom room = rooms.get(name);
            if (room == null) {
                continue;
            }
            if (room.fitsNow(job.gpus())) {
                return room;
            }
            if (firstBigEnough == null && room.isBigEnoughFor(job.gpus())) {
                firstBigEnough = room;
            }
        }
        return firstBigEnough;
    }
}
