package io.meridian.compliance.policy;

import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.pii.EntityType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Latency distribution of one decision (allowed, with obligations) in process. Run by bench/decision-latency.sh. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {

    private DecisionPoint decisions;
    private PolicyRules euPolicy;
    private DecisionRequest allowed;
    private DecisionRequest denied;

    @Setup
    public void setUp() {
        RegionCatalog regions = RegionCatalog.standard();
        decisions = new DecisionPoint(regions);
        euPolicy = new DefaultPolicies(regions).forRegion("eu-west");
        allowed = new DecisionRequest(Action.SERVE, "model:churn@production", DataClass.PERSONAL, "eu-west", "eu-central",
                Set.of(EntityType.EMAIL, EntityType.IBAN));
        denied = new DecisionRequest(Action.PROCESS, "dataset:42", DataClass.PERSONAL, "eu-west", "us-east", Set.of());
    }

    @Benchmark
    public Decision allowedWithObligations() {
        return decisions.decide(allowed, euPolicy);
    }

    @Benchmark
    public Decision deniedAcrossTheBorder() {
        return decisions.decide(denied, euPolicy);
    }
}
