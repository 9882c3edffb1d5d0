package io.meridian.api.datasets;

import io.meridian.compliance.policy.DataClass;

import java.time.Instant;
import java.util.UUID;

/** A row of the datasets table; schema, PII report and treatment as their stored JSON. */
record StoredDataset(UUID id, String name, String format, String region, String sourceRegion, DataClass dataClass,
                     String contentUri, String sha256, long size, String uploadSha256, long rows, String labelColumn,
                     String schema, String piiReport, String treatment, String createdBy, Instant createdAt) {
}
