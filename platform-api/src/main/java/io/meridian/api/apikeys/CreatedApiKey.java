package io.meridian.api.apikeys;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to creating a key: the only time the key itself is ever shown. */
@Serdeable
public record CreatedApiKey(@JsonUnwrapped ApiKeyView apiKey, String key) {
}
