package io.meridian.api.datasets;

import io.meridian.compliance.policy.DataClass;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the datasets table; schema, PII report and treatment as their stored JSON. An IDX
 * dataset's images are its content, its labels a second blob ({@code labels*}, null for CSV).
 */
record StoredDataset(UUID id, String name, String format, String region, String sourceRegion, DataClass dataClass,
                     String contentUri, String sha256, long size, String uploadSha256, long rows, String labelColumn,
                     String schema, String piiReport, String treatment, String createdBy, Instant createdAt,
                     String labelsUri, String labelsSha256) {
}
