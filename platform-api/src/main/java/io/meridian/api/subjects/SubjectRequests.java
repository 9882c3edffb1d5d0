package io.meridian.api.subjects;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

public final class SubjectRequests {

    private SubjectRequests() {
    }

    /**
     * @param value the identifier: an email address, phone number (international form), IBAN…
     * @param type  its kind (EntityType); absent: the recognizers tell
     */
    @Serdeable
    public record Subject(@Nullable String value, @Nullable String type) {
    }

    /** @param kind EXPORT or ERASE */
    @Serdeable
    public record NewRequest(@Nullable String kind, @Nullable Subject subject, @Nullable String reason) {
    }
}
