package io.meridian.api.serving;

import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;
import io.meridian.training.serving.BatchPredictions;
import io.meridian.training.serving.ColumnBatch;
import io.meridian.training.serving.Prediction;
import io.meridian.training.serving.Predictor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An evicted model is closed only after the calls that were using it end, and never handed out again. */
class LoadedModelTest {

    private static final class CountingPredictor implements Predictor {
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public Signature signature() {
            return new Signature(List.of(), List.of());
        }

        @Override
        public ModelTask task() {
            return ModelTask.CLASSIFICATION;
        }

        @Override
        public List<Violation> validate(List<Map<String, Object>> rows) {
            return List.of();
        }

        @Override
        public List<Prediction> predict(List<Map<String, Object>> rows) {
            return List.of();
        }

        @Override
        public BatchPredictions predictBatch(ColumnBatch batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void anEvictedModelClosesWhenItsLastCallEnds() {
        CountingPredictor predictor = new CountingPredictor();
        LoadedModel model = new LoadedModel(predictor, 100);
        assertThat(model.acquire()).isTrue();
        assertThat(model.acquire()).isTrue();

        model.release(); // the cache evicts it while two calls are in flight
        assertThat(predictor.closed).hasValue(0);
        model.release();
        assertThat(predictor.closed).hasValue(0);
        model.release();
        assertThat(predictor.closed).hasValue(1);

        assertThat(model.acquire()).as("a closed model is not handed out").isFalse();
        assertThat(predictor.closed).hasValue(1);
    }

    @Test
    void anIdleEvictedModelClosesAtOnce() {
        CountingPredictor predictor = new CountingPredictor();
        new LoadedModel(predictor, 1).release();
        assertThat(predictor.closed).hasValue(1);
    }
}
