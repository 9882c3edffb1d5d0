package io.meridian.api.models;

import io.meridian.api.Page;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

/**
 * Search over models and versions, each filter backed by an index: name prefix (pattern ops),
 * tags (GIN, all must match), alias (alias index), metric thresholds (name, value index).
 */
final class RegistrySearch {

    enum ModelSort { NAME, CREATED_AT, UPDATED_AT }

    enum VersionSort { CREATED_AT, VERSION, MODEL }

    /** A metric bound: {@code accuracy>=0.9} or {@code rmse<=1.5}. */
    record Threshold(String metric, boolean atLeast, double value) {
    }

    record ModelFilter(String namePrefix, List<String> tags, ModelSort sort, boolean descending) {
    }

    /** @param sortMetric when present, order by this metric's value instead of {@code sort} */
    record VersionFilter(String model, List<String> tags, String alias, List<Threshold> thresholds,
                         VersionSort sort, Optional<String> sortMetric, boolean descending) {
    }

    private RegistrySearch() {
    }

    static Page<StoredModel> models(Handle handle, ModelFilter filter, int limit, int offset) {
        SearchQuery query = new SearchQuery();
        if (filter.namePrefix() != null) {
            query.where("name like :prefix").bind("prefix", escapeLike(filter.namePrefix()) + "%");
        }
        if (!filter.tags().isEmpty()) {
            query.where("tags @> :tags").bindArray("tags", filter.tags());
        }
        String order = switch (filter.sort()) {
            case NAME -> "name";
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
        } + (filter.descending() ? " desc" : " asc") + ", id";
        List<StoredModel> items = query.bindAll(handle.createQuery("select " + ModelRepository.COLUMNS + " from models"
                        + query.whereClause() + " order by " + order + " limit :limit offset :offset"))
                .bind("limit", limit).bind("offset", offset).map(ModelRepository.MODEL).list();
        long total = items.size() < limit && (offset == 0 || !items.isEmpty()) ? offset + items.size()
                : query.bindAll(handle.createQuery("select count(*) from models" + query.whereClause())).mapTo(Long.class).one();
        return new Page<>(items, limit, offset, total);
    }

    static Page<StoredVersion> versions(Handle handle, VersionFilter filter, int limit, int offset) {
        SearchQuery query = new SearchQuery();
        String joins = "";
        if (filter.model() != null) {
            query.where("m.name = :model").bind("model", filter.model());
        }
        if (!filter.tags().isEmpty()) {
            query.where("v.tags @> :tags").bindArray("tags", filter.tags());
        }
        if (filter.alias() != null) {
            query.where("exists (select 1 from model_aliases a where a.model_id = v.model_id and a.version = v.version and a.alias = :alias)")
                    .bind("alias", filter.alias());
        }
        for (int i = 0; i < filter.thresholds().size(); i++) {
            Threshold threshold = filter.thresholds().get(i);
            query.where("exists (select 1 from model_version_metrics t where t.version_id = v.id and t.name = :metric" + i
                            + " and t.value " + (threshold.atLeast() ? ">=" : "<=") + " :bound" + i + ")")
                    .bind("metric" + i, threshold.metric()).bind("bound" + i, threshold.value());
        }
        String direction = filter.descending() ? " desc" : " asc";
        String order;
        if (filter.sortMetric().isPresent()) {
            joins = " join model_version_metrics s on s.version_id = v.id and s.name = :sortMetric";
            query.bind("sortMetric", filter.sortMetric().get());
            order = "s.value" + direction + ", v.id";
        } else {
            order = switch (filter.sort()) {
                case CREATED_AT -> "v.created_at" + direction + ", v.id";
                case VERSION -> "v.version" + direction + ", v.id";
                case MODEL -> "m.name" + direction + ", v.version desc";
            };
        }
        String from = VersionRepository.FROM + joins + query.whereClause();
        List<StoredVersion> items = query.bindAll(handle.createQuery("select " + StoredVersion.COLUMNS + from
                        + " order by " + order + " limit :limit offset :offset"))
                .bind("limit", limit).bind("offset", offset).map((row, context) -> StoredVersion.map(row)).list();
        long total = items.size() < limit && (offset == 0 || !items.isEmpty()) ? offset + items.size()
                : query.bindAll(handle.createQuery("select count(*)" + from)).mapTo(Long.class).one();
        return new Page<>(items, limit, offset, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
