package io.meridian.training.serving;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One JSON-decoded row through {@link Predictor#predict} (validation, encoding, the model, ranked
 * labels): the model's part of a single-row inference request. Models of {@link WideTabular}'s ten
 * inputs (12 encoded dimensions, 3 labels). Run with {@code training-scheduler/bench/serving.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleRowPredictBenchmark {

    private Predictor tribuo;
    private Predictor mlp;
    private List<List<Map<String, Object>>> requests;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        tribuo = TrainedModels.load(TrainedModels.wideLogistic(), ServingOptions.defaults());
        mlp = TrainedModels.load(TrainedModels.wideMlp(List.of(64, 32)), ServingOptions.defaults());
        Random random = new Random(7);
        requests = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            requests.add(List.of(WideTabular.row(random)));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        tribuo.close();
        mlp.close();
    }

    @Benchmark
    public List<Prediction> tribuoLogisticRegression(Cursor cursor) {
        return tribuo.predict(requests.get(cursor.next++ & 1023));
    }

    @Benchmark
    public List<Prediction> djlMlp64x32(Cursor cursor) {
        return mlp.predict(requests.get(cursor.next++ & 1023));
    }
}
