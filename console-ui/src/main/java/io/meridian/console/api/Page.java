package io.meridian.console.api;

import java.util.List;

/** One page of an API list, with the total. */
public record Page<T>(List<T> items, int limit, int offset, long total) {
}
