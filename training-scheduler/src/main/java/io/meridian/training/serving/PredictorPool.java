package io.meridian.training.serving;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of DJL predictors of one model: a DJL predictor is not thread-safe, the model is.
 * A call borrows one, waiting up to the timeout when all are busy (so the pool bounds the native
 * work in flight), and gives it back. Closing waits for borrowed predictors to come back before it
 * closes them, so that no forward pass runs on freed memory.
 */
final class PredictorPool implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PredictorPool.class.getName());

    private final BlockingQueue<Predictor<ProbabilityTranslator.Rows, float[]>> idle;
    private final int size;
    private final Duration timeout;
    private volatile boolean closed;

    PredictorPool(Model model, int size, Duration timeout) {
        this.size = size;
        this.timeout = timeout;
        this.idle = new ArrayBlockingQueue<>(size);
        ProbabilityTranslator translator = new ProbabilityTranslator();
        for (int i = 0; i < size; i++) {
            idle.add(model.newPredictor(translator));
        }
    }

    /** Each of {@code rows} rows' probabilities, row-major. */
    float[] probabilities(float[] encoded, int rows, int width) {
        Predictor<ProbabilityTranslator.Rows, float[]> predictor = borrow();
        try {
            return predictor.predict(new ProbabilityTranslator.Rows(encoded, rows, width));
        } catch (TranslateException e) {
            throw new IllegalStateException("the network failed on " + rows + " rows", e);
        } finally {
            idle.add(predictor);
        }
    }

    private Predictor<ProbabilityTranslator.Rows, float[]> borrow() {
        if (closed) {
            throw new IllegalStateException("the model has been closed");
        }
        Predictor<ProbabilityTranslator.Rows, float[]> predictor;
        try {
            predictor = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a predictor", e);
        }
        if (predictor == null) {
            throw new IllegalStateException("all " + size + " predictors stayed busy for " + timeout);
        }
        if (closed) {
            idle.add(predictor);
            throw new IllegalStateException("the model has been closed");
        }
        return predictor;
    }

    int size() {
        return size;
    }

    /** Predictors not borrowed now. */
    int idle() {
        return idle.size();
    }

    @Override
    public void close() {
        closed = true;
        for (int i = 0; i < size; i++) {
            try {
                Predictor<ProbabilityTranslator.Rows, float[]> predictor = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (predictor == null) {
                    LOG.log(System.Logger.Level.WARNING, "a predictor was not given back within {0}; closing the model anyway", timeout);
                    return;
                }
                predictor.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
