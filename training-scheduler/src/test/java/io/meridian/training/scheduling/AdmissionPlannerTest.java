package io.meridian.training.scheduling;

import static io.meridian.training.scheduling.AdmissionInputs.admittedJobs;
import static io.meridian.training.scheduling.AdmissionInputs.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdmissionPlannerTest {

    private static final UUID A = tenant(1);
    private static final UUID B = tenant(2);

    @Test
    void aGpuJobWaitsWhenItWouldExceedTheConcurrentGpuQuotaWhileSmallerOnesAndCpuJobsGo() {
        var in = new AdmissionInputs().pool("gpu", 16, 16)
                .account(new TenantAccount(A, 1, 8, 1000, 0, 4, 2));
        UUID takesTheLastFour = in.job(A, 4, 3, Duration.ZERO, "gpu");
        UUID oneTooMany = in.job(A, 1, 2, Duration.ZERO, "gpu");
        UUID cpu = in.job(A, 0, 1, Duration.ZERO, "gpu");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(takesTheLastFour, cpu);
        assertThat(plan.waiting()).containsExactly(entry(oneTooMany, WaitReason.CONCURRENT_GPU_QUOTA));
    }

    @Test
    void spentMonthlyGpuHoursHoldGpuJobsBackButNotCpuJobsQueuedBehindThem() {
        var in = new AdmissionInputs().pool("gpu", 16, 16)
                .account(new TenantAccount(A, 1, 16, 100, 100, 0, 0));
        UUID gpuJob = in.job(A, 2, 9, Duration.ZERO, "gpu");
        UUID cpuJob = in.job(A, 0, 1, Duration.ZERO, "gpu");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(cpuJob);
        assertThat(plan.waiting()).containsExactly(entry(gpuJob, WaitReason.MONTHLY_GPU_HOURS));
    }

    @Test
    void aJobWaitsForCapacityWhenNoAllowedPoolHasRoomAndForFairShareWhenOthersTookTheRoomThisCycle() {
        var in = new AdmissionInputs().tenant(A, 1)
                .pool("small", 8, 4).used("small", 6, 1)
                .pool("full", 8, 2).used("full", 0, 2);
        UUID tooBigForWhatIsFree = in.job(A, 4, 5, Duration.ZERO, "small");
        UUID takesTheTwoFree = in.job(A, 2, 4, Duration.ZERO, "small");
        UUID cameTooLate = in.job(A, 1, 3, Duration.ZERO, "small");
        UUID noSlotLeft = in.job(A, 0, 2, Duration.ZERO, "full");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(takesTheTwoFree);
        assertThat(plan.waiting()).containsOnly(
                entry(tooBigForWhatIsFree, WaitReason.CAPACITY),
                entry(cameTooLate, WaitReason.FAIR_SHARE),
                entry(noSlotLeft, WaitReason.CAPACITY));
    }

    @Test
    void aJobGoesToTheFirstAllowedPoolWithRoomInItsOrderOfPreference() {
        var in = new AdmissionInputs().tenant(A, 1)
                .pool("a", 8, 8).pool("b", 8, 8).pool("c", 8, 8).used("b", 8, 1);
        UUID prefersC = in.job(A, 1, "c", "a");
        UUID prefersBWhichIsFull = in.job(A, 1, "b", "unknown-pool", "a", "c");

        AdmissionPlan plan = in.plan();

        assertThat(plan.admitted()).containsExactlyInAnyOrder(
                new Admission(prefersC, A, "c"), new Admission(prefersBWhichIsFull, A, "a"));
    }

    @Test
    void weightsTwoToOneGiveTwoToOneAdmissionsFromAnEmptyCluster() {
        var in = new AdmissionInputs().pool("gpu", 60, 30).tenant(A, 2).tenant(B, 1);
        for (int i = 0; i < 50; i++) {
            in.job(A, 1, "gpu");
            in.job(B, 1, "gpu");
        }

        AdmissionPlan plan = in.plan();

        assertThat(plan.admitted().stream().filter(a -> a.tenant().equals(A)).count()).isEqualTo(20);
        assertThat(plan.admitted().stream().filter(a -> a.tenant().equals(B)).count()).isEqualTo(10);
    }

    @Test
    void theNextAdmissionGoesToTheSmallestDominantShareWhicheverResourceDominates() {
        // 10 GPUs, 10 slots; one slot free. A holds 1 GPU + 1 slot (share 0.1), B 0 GPUs + 3 slots (0.3)
        var slotsDominate = new AdmissionInputs().pool("p", 10, 10).used("p", 1, 9)
                .account(new TenantAccount(A, 1, 99, 99, 0, 1, 1))
                .account(new TenantAccount(B, 1, 99, 99, 0, 0, 3));
        UUID aJob = slotsDominate.job(A, 0, "p");
        slotsDominate.job(B, 0, "p");
        assertThat(admittedJobs(slotsDominate.plan())).containsExactly(aJob);

        // A now holds 4 GPUs + 1 slot (0.4): its GPUs dominate and B (0.3) goes first
        var gpusDominate = new AdmissionInputs().pool("p", 10, 10).used("p", 4, 9)
                .account(new TenantAccount(A, 1, 99, 99, 0, 4, 1))
                .account(new TenantAccount(B, 1, 99, 99, 0, 0, 3));
        gpusDominate.job(A, 0, "p");
        UUID bJob = gpusDominate.job(B, 0, "p");
        assertThat(admittedJobs(gpusDominate.plan())).containsExactly(bJob);
    }

    @Test
    void withinATenantHigherPriorityGoesFirstThenTheOlderJob() {
        var in = new AdmissionInputs().tenant(A, 1).pool("p", 8, 2);
        UUID lowPriority = in.job(A, 1, 1, Duration.ofMinutes(5), "p");
        UUID highPriority = in.job(A, 1, 7, Duration.ZERO, "p");
        UUID samePriorityOlder = in.job(A, 1, 1, Duration.ofMinutes(9), "p");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(highPriority, samePriorityOlder);
        assertThat(plan.waiting()).containsExactly(entry(lowPriority, WaitReason.FAIR_SHARE));
    }

    @Test
    void agingLetsALongWaitingLowPriorityJobOvertakeANewerHigherPriorityOne() {
        // priority 0 + 60 min / 10 min = 6 > 5; after 40 minutes it is only 4 < 5
        var overtakes = new AdmissionInputs().tenant(A, 1).pool("p", 8, 1);
        UUID oldLow = overtakes.job(A, 1, 0, Duration.ofMinutes(60), "p");
        overtakes.job(A, 1, 5, Duration.ZERO, "p");
        assertThat(admittedJobs(overtakes.plan())).containsExactly(oldLow);

        var notYet = new AdmissionInputs().tenant(A, 1).pool("p", 8, 1);
        notYet.job(A, 1, 0, Duration.ofMinutes(40), "p");
        UUID newHigh = notYet.job(A, 1, 5, Duration.ZERO, "p");
        assertThat(admittedJobs(notYet.plan())).containsExactly(newHigh);
    }

    @Test
    void aStarvingBigJobReservesItsPoolSoSmallJobsAreHeldBackUntilItFits() {
        var withGuard = starvationScenario(AdmissionSettings.DEFAULTS);
        // each cycle one running small job ends; its GPU is kept for the big job, which starts once four are free
        assertThat(withGuard.bigJobAdmittedInCycle).isEqualTo(4);
        assertThat(withGuard.reasonsOfSmallJobs).containsOnly(WaitReason.RESERVED);
        assertThat(withGuard.bigJobReasons).containsOnly(WaitReason.CAPACITY);

        // without the guard every freed GPU goes to a small job and the big one never starts
        var withoutGuard = starvationScenario(new AdmissionSettings(Duration.ofMinutes(10), Duration.ofDays(365)));
        assertThat(withoutGuard.bigJobAdmittedInCycle).isEqualTo(-1);
    }

    @Test
    void aStarvingJobHoldsBackLaterJobsOfItsOwnTenantButNotJobsThatRankBeforeIt() {
        var in = new AdmissionInputs().tenant(A, 1).tenant(B, 1).pool("p", 8, 8).used("p", 6, 2).pool("q", 8, 8);
        UUID starving = in.job(A, 4, 2, Duration.ofMinutes(31), "p");
        UUID ownSmall = in.job(A, 1, 0, Duration.ZERO, "p");
        UUID urgent = in.job(B, 1, 9, Duration.ZERO, "p");
        UUID otherPoolToo = in.job(B, 1, 0, Duration.ZERO, "p", "q");

        AdmissionPlan plan = in.plan();

        assertThat(plan.admitted()).containsExactlyInAnyOrder(
                new Admission(urgent, B, "p"), new Admission(otherPoolToo, B, "q"));
        assertThat(plan.waiting()).containsOnly(
                entry(starving, WaitReason.CAPACITY), entry(ownSmall, WaitReason.RESERVED));
    }

    @Test
    void aStarvingJobThatFitsKeepsItsRoomButLetsLaterJobsUseWhatItDoesNotNeed() {
        // 6 GPUs free: the starving 4-GPU job fits once, not twice; B has the smaller share and goes first
        var in = new AdmissionInputs().pool("p", 8, 8).used("p", 2, 2).tenant(B, 1)
                .account(new TenantAccount(A, 1, 99, 99, 0, 2, 2));
        UUID starving = in.job(A, 4, 0, Duration.ofMinutes(45), "p");
        UUID leavesFive = in.job(B, 1, 0, Duration.ZERO, "p");
        UUID wouldLeaveThree = in.job(B, 2, 0, Duration.ZERO, "p");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(leavesFive, starving);
        assertThat(plan.waiting()).containsExactly(entry(wouldLeaveThree, WaitReason.RESERVED));
    }

    @Test
    void aLongWaitingJobThatFitsTwiceOverReservesNothingSoFairShareDecides() {
        // A holds most of the cluster; its 2-hour-old 1-GPU job waits for B, who holds nothing
        var in = new AdmissionInputs().pool("p", 16, 8).used("p", 10, 5).tenant(B, 1)
                .account(new TenantAccount(A, 1, 99, 99, 0, 10, 5));
        UUID oldSmall = in.job(A, 1, 0, Duration.ofHours(2), "p");
        UUID first = in.job(B, 1, 0, Duration.ZERO, "p");
        UUID second = in.job(B, 1, 0, Duration.ZERO, "p");
        UUID third = in.job(B, 1, 0, Duration.ZERO, "p");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(first, second, third);
        assertThat(plan.waiting()).containsExactly(entry(oldSmall, WaitReason.FAIR_SHARE));
    }

    @Test
    void aStarvingJobHeldBackByItsQuotaReservesNothing() {
        var in = new AdmissionInputs().pool("p", 8, 8).used("p", 6, 2).tenant(B, 1)
                .account(new TenantAccount(A, 1, 8, 10, 10, 0, 0));
        UUID starving = in.job(A, 4, 2, Duration.ofHours(2), "p");
        UUID small = in.job(B, 1, 0, Duration.ZERO, "p");

        AdmissionPlan plan = in.plan();

        assertThat(admittedJobs(plan)).containsExactly(small);
        assertThat(plan.waiting()).containsExactly(entry(starving, WaitReason.MONTHLY_GPU_HOURS));
    }

    @Test
    void thePlanDoesNotDependOnTheOrderOfItsInputsAndDecidesEveryJobOnce() {
        var in = randomInputs(new Random(7), 300, 12);
        AdmissionPlan first = in.plan();

        Collections.shuffle(in.queue, new Random(8));
        Collections.shuffle(in.pools, new Random(9));
        AdmissionPlan second = in.plan();

        assertThat(second).isEqualTo(first);
        assertThat(first.admitted()).hasSizeBetween(1, 299);
        Set<UUID> decided = new HashSet<>(admittedJobs(first));
        assertThat(decided).hasSize(first.admitted().size()).doesNotContainAnyElementsOf(first.waiting().keySet());
        decided.addAll(first.waiting().keySet());
        assertThat(decided).containsExactlyInAnyOrderElementsOf(in.queue.stream().map(QueuedJob::id).toList());
    }

    @Test
    void aQueuedJobWhoseTenantHasNoAccountIsAnError() {
        var in = new AdmissionInputs().pool("p", 8, 8);
        in.job(A, 1, "p");

        assertThatThrownBy(in::plan).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(A.toString());
    }

    private record StarvationOutcome(int bigJobAdmittedInCycle, List<WaitReason> reasonsOfSmallJobs,
                                     List<WaitReason> bigJobReasons) {
    }

    /**
     * A pool of 4 GPUs, all held by B's 1-GPU jobs, one ending per cycle. A's 4-GPU job has waited
     * 40 minutes; B keeps queueing new 1-GPU jobs. Runs 8 cycles, 1 minute apart.
     */
    private static StarvationOutcome starvationScenario(AdmissionSettings settings) {
        List<Integer> runningEndsInCycle = new ArrayList<>(List.of(1, 2, 3, 4));
        List<WaitReason> smallReasons = new ArrayList<>();
        List<WaitReason> bigReasons = new ArrayList<>();
        for (int cycle = 1; cycle <= 8; cycle++) {
            final int now = cycle;
            runningEndsInCycle.removeIf(end -> end <= now);
            var in = new AdmissionInputs().pool("p", 4, 8).used("p", runningEndsInCycle.size(), runningEndsInCycle.size())
                    .tenant(A, 1).account(new TenantAccount(B, 1, 99, 99, 0, runningEndsInCycle.size(), runningEndsInCycle.size()));
            UUID big = in.job(A, 4, 0, Duration.ofMinutes(40 + cycle), "p");
            UUID small = in.job(B, 1, 0, Duration.ZERO, "p");
            AdmissionPlan plan = in.plan(settings);
            if (admittedJobs(plan).contains(big)) {
                return new StarvationOutcome(cycle, smallReasons, bigReasons);
            }
            bigReasons.add(plan.waiting().get(big));
            if (admittedJobs(plan).contains(small)) {
                runningEndsInCycle.add(cycle + 4);
            } else {
                smallReasons.add(plan.waiting().get(small));
            }
        }
        return new StarvationOutcome(-1, smallReasons, bigReasons);
    }

    private static AdmissionInputs randomInputs(Random random, int jobs, int tenantCount) {
        var in = new AdmissionInputs();
        for (int p = 0; p < 4; p++) {
            in.pool("pool-" + p, 16, 8).used("pool-" + p, random.nextInt(8), random.nextInt(4));
        }
        for (int t = 0; t < tenantCount; t++) {
            in.account(new TenantAccount(tenant(t), 1 + random.nextInt(4), 4 + random.nextInt(12),
                    100, random.nextInt(120), random.nextInt(4), random.nextInt(3)));
        }
        for (int j = 0; j < jobs; j++) {
            String first = "pool-" + random.nextInt(4);
            String second = "pool-" + random.nextInt(4);
            in.job(tenant(random.nextInt(tenantCount)), random.nextInt(5), random.nextInt(3),
                    Duration.ofMinutes(random.nextInt(90)), first, second);
        }
        return in;
    }
}
