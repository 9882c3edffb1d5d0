package io.meridian.api.models;

import io.meridian.registry.ModelTask;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A row of the models table, with its aliases (alias → version). */
record StoredModel(UUID id, String name, String description, ModelTask task, UUID ownerId, List<String> tags,
                   boolean approvalRequired, int versionCount, Map<String, Integer> aliases,
                   Instant createdAt, Instant updatedAt) {
}
