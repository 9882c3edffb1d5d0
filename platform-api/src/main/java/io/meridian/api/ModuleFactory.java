package io.meridian.api;

import io.meridian.compliance.RegionCatalog;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The plain-Java modules, made beans. */
@Factory
final class ModuleFactory {

    @Singleton
    RegionCatalog regionCatalog() {
        return RegionCatalog.standard();
    }
}
