package io.meridian.api.models;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** SQL of model_labels: translations of a model's output labels, per locale. */
final class LabelRepository {

    private LabelRepository() {
    }

    /** Replaces the locale's translations as a whole. */
    static void replace(Handle handle, UUID tenantId, UUID modelId, String locale, Map<String, String> translations) {
        remove(handle, modelId, locale);
        PreparedBatch batch = handle.prepareBatch("insert into model_labels (tenant_id, model_id, locale, label, translation) "
                + "values (:tenant, :model, :locale, :label, :translation)");
        translations.forEach((label, translation) -> batch.bind("tenant", tenantId).bind("model", modelId)
                .bind("locale", locale).bind("label", label).bind("translation", translation).add());
        if (!translations.isEmpty()) {
            batch.execute();
        }
    }

    static int remove(Handle handle, UUID modelId, String locale) {
        return handle.createUpdate("delete from model_labels where model_id = :model and locale = :locale")
                .bind("model", modelId).bind("locale", locale).execute();
    }

    /** locale → (label → translation), sorted. */
    static Map<String, Map<String, String>> all(Handle handle, UUID modelId) {
        Map<String, Map<String, String>> byLocale = new TreeMap<>();
        handle.createQuery("select locale, label, translation from model_labels where model_id = :model")
                .bind("model", modelId)
                .map((row, context) -> byLocale.computeIfAbsent(row.getString("locale"), locale -> new TreeMap<>())
                        .put(row.getString("label"), row.getString("translation")))
                .list();
        return byLocale;
    }
}
