package io.meridian.api.serving;

import java.time.Instant;
import java.util.UUID;

/**
 * One prediction request as the inference log keeps it.
 *
 * @param region       where it was served
 * @param sourceRegion where the version's data comes from: its policy governs the row (inputs, retention)
 * @param input  the rows as JSON, redacted, or null when the policy does not allow logging inputs
 * @param output the answers as JSON, null when there were none (denied, invalid)
 */
record InferenceLogEntry(UUID tenantId, UUID id, Instant at, String region, String sourceRegion, UUID modelId, String modelName, int version,
                         String caller, String locale, int rows, long latencyMicros, String decision, String input,
                         String output) {
}
