package io.meridian.api.models;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.i18n.SupportedLocales;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Translations of a model's output labels per supported locale, used by localized inference. */
@Singleton
public final class LabelService {

    static final int MAX_TRANSLATION = 500;

    private final TenantDb db;
    private final AuditLog audit;

    LabelService(TenantDb db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Replaces the locale's translations; every label must be an output label of some version. */
    public ModelViews.LabelsView replace(Caller caller, String modelName, String locale, Map<String, String> translations) {
        String tag = requireLocale(locale);
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.require(handle, modelName);
            Set<String> known = new HashSet<>(VersionRepository.labels(handle, model.id()));
            List<FieldError> errors = new ArrayList<>();
            Map<String, String> cleaned = new TreeMap<>();
            translations.forEach((label, translation) -> {
                String field = "translations." + label;
                if (!known.contains(label)) {
                    errors.add(FieldError.of(field, "field.unknown-label"));
                } else if (translation == null || translation.isBlank()) {
                    errors.add(FieldError.of(field, "field.required"));
                } else if (translation.length() > MAX_TRANSLATION) {
                    errors.add(FieldError.of(field, "field.too-long", "max", MAX_TRANSLATION));
                } else {
                    cleaned.put(label, translation.strip());
                }
            });
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            LabelRepository.replace(handle, caller.tenantId(), model.id(), tag, cleaned);
            audit.record(handle, caller, "model.labels-changed", "model:" + modelName, Map.of("locale", tag, "labels", cleaned.size()));
            return new ModelViews.LabelsView(modelName, tag, cleaned);
        });
    }

    List<ModelViews.LabelsView> all(Caller caller, String modelName) {
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.require(handle, modelName);
            return LabelRepository.all(handle, model.id()).entrySet().stream()
                    .map(entry -> new ModelViews.LabelsView(modelName, entry.getKey(), entry.getValue())).toList();
        });
    }

    ModelViews.LabelsView get(Caller caller, String modelName, String locale) {
        String tag = requireLocale(locale);
        return db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.require(handle, modelName);
            return new ModelViews.LabelsView(modelName, tag, LabelRepository.all(handle, model.id()).getOrDefault(tag, Map.of()));
        });
    }

    void remove(Caller caller, String modelName, String locale) {
        String tag = requireLocale(locale);
        db.inTenant(caller.tenantId(), handle -> {
            StoredModel model = ModelService.require(handle, modelName);
            if (LabelRepository.remove(handle, model.id(), tag) == 0) {
                throw new NotFoundException();
            }
            audit.record(handle, caller, "model.labels-changed", "model:" + modelName, Map.of("locale", tag, "labels", 0));
            return null;
        });
    }

    /** The canonical tag of a supported locale ({@code de}, {@code zh-CN}). */
    private static String requireLocale(String locale) {
        if (!SupportedLocales.isSupportedTag(locale)) {
            throw ApiException.invalid(FieldError.of("locale", "field.unsupported-locale", "allowed",
                    String.join(", ", SupportedLocales.all().stream().map(Locale::toLanguageTag).toList())));
        }
        return Locale.forLanguageTag(locale).toLanguageTag();
    }
}
