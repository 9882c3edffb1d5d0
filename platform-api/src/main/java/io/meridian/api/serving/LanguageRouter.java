package io.meridian.api.serving;

import io.meridian.api.models.ServableVersions;
import io.meridian.api.security.Caller;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.VersionRef;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the language variant of a model that answers a request ({@link LanguageVariants}): first by
 * the script of its TEXT inputs, because the model must read that text whatever language the caller
 * wants the answer in; else by the request's locale. Only a request by alias is routed (the variant
 * answers under the same alias): a request for a version number asked for exactly that version.
 */
@Singleton
final class LanguageRouter {

    static final String BY_SCRIPT = "script";
    static final String BY_LOCALE = "locale";

    /** The version that answers, and why when it is a variant. */
    record Route(ServableVersions.Servable servable, @Nullable String routedBy) {
    }

    private final LanguageVariants variants;
    private final ServableVersions versions;

    LanguageRouter(LanguageVariants variants, ServableVersions versions) {
        this.variants = variants;
        this.versions = versions;
    }

    Route route(Caller caller, VersionRef ref, ServableVersions.Servable base, List<Map<String, Object>> rows, Locale locale) {
        if (!ref.byAlias()) {
            return new Route(base, null);
        }
        LanguageVariants.Variants declared = variants.of(caller.tenantId(), ref.model());
        if (declared.isEmpty()) {
            return new Route(base, null);
        }
        Optional<String> byScript = ScriptLanguage.of(texts(base, rows), locale).flatMap(declared::forLocale);
        if (byScript.isPresent()) {
            return variant(caller, ref, base, byScript.get(), BY_SCRIPT);
        }
        return declared.forLocale(locale).map(model -> variant(caller, ref, base, model, BY_LOCALE))
                .orElseGet(() -> new Route(base, null));
    }

    /** The variant under the request's alias; a variant without it is a configuration error answered 404, not hidden. */
    private Route variant(Caller caller, VersionRef ref, ServableVersions.Servable base, String model, String why) {
        if (model.equals(ref.model())) {
            return new Route(base, null);
        }
        return new Route(versions.resolve(caller, new VersionRef(model, null, ref.alias())), why);
    }

    private static List<String> texts(ServableVersions.Servable base, List<Map<String, Object>> rows) {
        List<String> texts = new ArrayList<>();
        if (rows == null) {
            return texts;
        }
        for (Feature input : base.version().signature().inputs()) {
            if (input.type() != FeatureType.TEXT) {
                continue;
            }
            for (Map<String, Object> row : rows) {
                if (row != null && row.get(input.name()) instanceof String text) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
