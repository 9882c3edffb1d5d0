package io.meridian.training.scheduling;

import java.util.UUID;

/** One job admitted onto one pool. */
public record Admission(UUID job, UUID tenant, String pool) {
}
