package io.meridian.api.datasets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class DatasetViews {

    private DatasetViews() {
    }

    /**
     * @param pii       values holding each kind of personal data, as found in the upload
     * @param treatment what the policy had done to those kinds in this column (REDACT, PSEUDONYMIZE)
     */
    @Serdeable
    public record ColumnView(String name, String type, long missing, int distinct, boolean label,
                             Map<String, Long> pii, Map<String, String> treatment) {
    }

    /**
     * @param sha256       of the content as stored (after PII treatment): what lineage refers to
     * @param uploadSha256 of the file as it was uploaded
     */
    @Serdeable
    public record DatasetView(UUID id, String name, String format, String region, String sourceRegion, String dataClass,
                              String contentUri, String sha256, long size, String uploadSha256, long rows,
                              @Nullable String labelColumn, List<ColumnView> columns, long treatedValues,
                              String createdBy, Instant createdAt) {
    }
}
