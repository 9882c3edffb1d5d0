package io.meridian.api.tenants;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.compliance.RegionCatalog;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

import java.util.List;

/**
 * The regions whose tenants this deployment holds ({@code meridian.cell.home-regions}). A cell of
 * the Kubernetes deployment holds its own region's tenants, with their database and blob store in
 * that region; a tenant homed elsewhere belongs in that region's cell. Empty (the all-in-one
 * platform of the quickstart) holds every known region.
 */
@Context // an unknown region in the configuration stops the start
final class CellRegions {

    private final List<String> homeRegions;

    CellRegions(RegionCatalog regions, @Value("${meridian.cell.home-regions:}") List<String> configured) {
        this.homeRegions = configured.stream().map(String::trim).filter(region -> !region.isEmpty()).toList();
        homeRegions.stream().filter(region -> regions.find(region).isEmpty()).findFirst().ifPresent(region -> {
            throw new IllegalStateException("meridian.cell.home-regions: unknown region " + region
                    + " (known: " + String.join(", ", regions.codes()) + ")");
        });
    }

    void requireHome(String region, String field) {
        if (!homeRegions.isEmpty() && !homeRegions.contains(region)) {
            throw ApiException.invalid(FieldError.of(field, "field.region-not-in-cell", "allowed", String.join(", ", homeRegions)));
        }
    }
}
