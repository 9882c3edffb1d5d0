package io.meridian.training.serving;

import java.time.Duration;

/**
 * How a loaded model serves.
 *
 * @param maxBatchRows           most rows one {@link Predictor#predict} call may bring (the API's batch limit);
 *                               {@link Predictor#predictBatch} is for in-process scoring and has none
 * @param predictorPoolSize      DJL models: predictors kept for concurrent calls (a DJL predictor serves one call at a time)
 * @param gpu                    DJL models: run on GPU 0 when DJL sees one (else the CPU, logged)
 * @param allowUnknownCategories a category value no training row had: refused ({@code field.unknown-category}) when
 *                               false; when true encoded as training encoded such values in its test rows (no
 *                               one-hot dimension set), which the model reads as "none of the known categories"
 * @param borrowTimeout          DJL models: how long a call waits for a free predictor before it fails
 * @param maxViolations          validation stops after this many violations (a 1,000-row batch of wrong rows
 *                               would otherwise answer with thousands)
 */
public record ServingOptions(int maxBatchRows, int predictorPoolSize, boolean gpu, boolean allowUnknownCategories,
                             Duration borrowTimeout, int maxViolations) {

    public ServingOptions {
        if (maxBatchRows < 1 || predictorPoolSize < 1 || maxViolations < 1) {
            throw new IllegalArgumentException("maxBatchRows, predictorPoolSize and maxViolations must be at least 1");
        }
        if (borrowTimeout == null || borrowTimeout.isNegative() || borrowTimeout.isZero()) {
            throw new IllegalArgumentException("borrowTimeout must be positive");
        }
    }

    /** 1,000 rows per call, one DJL predictor per CPU core, CPU, unknown categories refused, 10 s wait, 100 violations. */
    public static ServingOptions defaults() {
        return new ServingOptions(1000, Runtime.getRuntime().availableProcessors(), false, false, Duration.ofSeconds(10), 100);
    }

    public ServingOptions withMaxBatchRows(int rows) {
        return new ServingOptions(rows, predictorPoolSize, gpu, allowUnknownCategories, borrowTimeout, maxViolations);
    }

    public ServingOptions withPredictorPoolSize(int size) {
        return new ServingOptions(maxBatchRows, size, gpu, allowUnknownCategories, borrowTimeout, maxViolations);
    }

    public ServingOptions withGpu(boolean useGpu) {
        return new ServingOptions(maxBatchRows, predictorPoolSize, useGpu, allowUnknownCategories, borrowTimeout, maxViolations);
    }

    public ServingOptions withUnknownCategoriesAllowed(boolean allowed) {
        return new ServingOptions(maxBatchRows, predictorPoolSize, gpu, allowed, borrowTimeout, maxViolations);
    }
}
