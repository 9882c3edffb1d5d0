package io.meridian.registry.artifacts;

import java.util.Map;
import java.util.Set;

/** The artifact store of each region: an artifact trained in a region stays in that region's store. */
public final class ArtifactStores {

    private final Map<String, ArtifactStore> byRegion;

    public ArtifactStores(Map<String, ArtifactStore> byRegion) {
        this.byRegion = Map.copyOf(byRegion);
    }

    public ArtifactStore in(String region) {
        ArtifactStore store = byRegion.get(region);
        if (store == null) {
            throw new IllegalArgumentException("no artifact store for region " + region);
        }
        return store;
    }

    public Set<String> regions() {
        return byRegion.keySet();
    }
}
