package io.meridian.api.serving;

import io.meridian.training.serving.Predictor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cached predictor with a count of its users: the cache holds one reference, each call in flight
 * another. Eviction drops the cache's reference; whoever drops the last one closes the predictor,
 * so a call that started before the eviction finishes on an open model.
 */
final class LoadedModel {

    private final Predictor predictor;
    private final long weight;
    private final AtomicInteger references = new AtomicInteger(1);

    LoadedModel(Predictor predictor, long weight) {
        this.predictor = predictor;
        this.weight = weight;
    }

    Predictor predictor() {
        return predictor;
    }

    long weight() {
        return weight;
    }

    /** Takes a reference for one call; false once the model is closed (evicted and idle). */
    boolean acquire() {
        int current;
        do {
            current = references.get();
            if (current == 0) {
                return false;
            }
        } while (!references.compareAndSet(current, current + 1));
        return true;
    }

    /** Gives a reference back, closing the predictor with the last one. */
    void release() {
        if (references.decrementAndGet() == 0) {
            predictor.close();
        }
    }
}
