package io.meridian.api.policies;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.compliance.RegionCatalog;
import jakarta.inject.Singleton;

import java.util.Optional;

/** A region named in a request, checked against the catalogue: an unknown one is invalid input of that field. */
@Singleton
public final class KnownRegions {

    private final RegionCatalog regions;

    KnownRegions(RegionCatalog regions) {
        this.regions = regions;
    }

    /** The field's error when the region is unknown, listing the known ones; empty when it is known. */
    public Optional<FieldError> check(String code, String field) {
        return regions.find(code).isPresent() ? Optional.empty()
                : Optional.of(FieldError.of(field, "field.unknown-region", "allowed", String.join(", ", regions.codes())));
    }

    public void require(String code, String field) {
        check(code, field).ifPresent(error -> {
            throw ApiException.invalid(error);
        });
    }
}
