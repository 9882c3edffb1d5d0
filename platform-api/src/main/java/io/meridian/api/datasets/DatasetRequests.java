package io.meridian.api.datasets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

public final class DatasetRequests {

    private DatasetRequests() {
    }

    /**
     * The metadata part of an upload.
     *
     * @param region       where the dataset is stored (and later processed)
     * @param sourceRegion where its data comes from, whose policy applies; default: region
     * @param dataClass    the class the uploader declares; personal data found in it raises it to PERSONAL
     * @param labelColumn  the column to predict; default: the last one
     */
    @Serdeable
    public record NewDataset(@Nullable String name, @Nullable String region, @Nullable String sourceRegion,
                             @Nullable String dataClass, @Nullable String labelColumn) {
    }
}
