package io.meridian.training.serving;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Rows scored per second in process, 100,000 rows of {@link WideTabular}'s ten inputs per call
 * (JMH's ops/s are rows/s): {@link Predictor#predictBatch} on a column batch for the Tribuo
 * logistic regression (its weight matrix, {@link LinearScorer}) and the DJL MLP (chunks of 4,096
 * rows per forward pass), and for comparison the Tribuo model through its own per-example path
 * ({@link Predictor#predict} on JSON-like rows, 1,000 per call). Run with {@code training-scheduler/bench/serving.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchScoringBenchmark {

    static final int ROWS = 100_000;

    private Predictor tribuo;
    private ColumnBatch batch;
    private List<List<Map<String, Object>>> rowChunks;

    @Setup(Level.Trial)
    public void load() throws IOException {
        tribuo = TrainedModels.load(TrainedModels.wideLogistic(), ServingOptions.defaults());
        batch = WideTabular.batch(ROWS, 9);
        Random random = new Random(9);
        rowChunks = new ArrayList<>();
        for (int chunk = 0; chunk < ROWS / 1000; chunk++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                rows.add(WideTabular.row(random));
            }
            rowChunks.add(rows);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        tribuo.close();
    }

    /** The MLP, per size of its hidden layers (only its benchmark runs once per size). */
    @State(Scope.Benchmark)
    public static class Mlp {

        @Param({"64,32", "256,128"})
        public String hidden;

        Predictor predictor;

        @Setup(Level.Trial)
        public void load() throws IOException {
            List<Integer> sizes = Arrays.stream(hidden.split(",")).map(Integer::valueOf).toList();
            predictor = TrainedModels.load(TrainedModels.wideMlp(sizes), ServingOptions.defaults());
        }

        @TearDown(Level.Trial)
        public void close() {
            predictor.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public BatchPredictions tribuoLogisticRegressionWeights() {
        return tribuo.predictBatch(batch);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int tribuoLogisticRegressionPerExample() {
        int predictions = 0;
        for (List<Map<String, Object>> rows : rowChunks) {
            predictions += tribuo.predict(rows).size();
        }
        return predictions;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public BatchPredictions djlMlp(Mlp mlp) {
        return mlp.predictor.predictBatch(batch);
    }
}
