package io.meridian.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list, with the total so a client can tell how many pages there are. */
@Serdeable
public record Page<T>(List<T> items, int limit, int offset, long total) {
}
