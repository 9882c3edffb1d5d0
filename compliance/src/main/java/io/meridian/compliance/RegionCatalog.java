package io.meridian.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regions the platform knows. A tenant's home region and every placement must be one of these. */
public final class RegionCatalog {

    private static final List<Region> STANDARD = List.of(
            new Region("eu-west", "EU West (Ireland)", Jurisdiction.EU_GDPR),
            new Region("eu-central", "EU Central (Frankfurt)", Jurisdiction.EU_GDPR),
            new Region("us-east", "US East (Virginia)", Jurisdiction.US),
            new Region("ap-southeast", "Asia Pacific (Singapore)", Jurisdiction.SG_PDPA),
            new Region("cn-north", "China North (Beijing)", Jurisdiction.CN_PIPL));

    private final Map<String, Region> byCode = new LinkedHashMap<>();

    public RegionCatalog(List<Region> regions) {
        for (Region region : regions) {
            if (byCode.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("region listed twice: " + region.code());
            }
        }
    }

    public static RegionCatalog standard() {
        return new RegionCatalog(STANDARD);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
