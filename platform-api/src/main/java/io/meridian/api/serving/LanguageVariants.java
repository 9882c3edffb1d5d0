package io.meridian.api.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.meridian.api.models.ServableVersions;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A model's variants per language, declared as tags of the base model:
 * {@code language-variant:ja=intent-ja}. Tags because they already are registry data: tenant-scoped,
 * changed with {@code PATCH /api/v1/models/{name}}, audited; no table or endpoint to add. Reused for the
 * policy cache's time to live, like label catalogs, so a prediction costs no extra query.
 */
@Singleton
final class LanguageVariants {

    static final String TAG_PREFIX = "language-variant:";

    /** Language tag (lower case, {@code ja}, {@code zh-cn}) → the model that answers for it. */
    record Variants(Map<String, String> byLanguage) {

        static final Variants NONE = new Variants(Map.of());

        boolean isEmpty() {
            return byLanguage.isEmpty();
        }

        /** The variant for {@code locale}: its exact tag, else its language, else another region of that language. */
        Optional<String> forLocale(Locale locale) {
            String language = locale.getLanguage();
            String exact = byLanguage.get(locale.toLanguageTag().toLowerCase(Locale.ROOT));
            if (exact != null) {
                return Optional.of(exact);
            }
            if (byLanguage.containsKey(language)) {
                return Optional.of(byLanguage.get(language));
            }
            return byLanguage.entrySet().stream().filter(entry -> entry.getKey().startsWith(language + "-"))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    private record Key(UUID tenantId, String model) {
    }

    private final ServableVersions versions;
    private final Cache<Key, Variants> cache;

    LanguageVariants(ServableVersions versions, ServingSettings settings) {
        this.versions = versions;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.policyCacheTtl()).maximumSize(100_000).build();
    }

    Variants of(UUID tenantId, String model) {
        return cache.get(new Key(tenantId, model), key -> parse(versions.modelTags(tenantId, model)));
    }

    /** The variants the tags declare; a tag without {@code =} or naming nothing is ignored (tags are free text). */
    static Variants parse(List<String> tags) {
        Map<String, String> byLanguage = new TreeMap<>();
        for (String tag : tags) {
            if (!tag.startsWith(TAG_PREFIX)) {
                continue;
            }
            String declaration = tag.substring(TAG_PREFIX.length());
            int equals = declaration.indexOf('=');
            if (equals > 0 && equals < declaration.length() - 1) {
                byLanguage.putIfAbsent(declaration.substring(0, equals), declaration.substring(equals + 1));
            }
        }
        return byLanguage.isEmpty() ? Variants.NONE : new Variants(byLanguage);
    }
}
