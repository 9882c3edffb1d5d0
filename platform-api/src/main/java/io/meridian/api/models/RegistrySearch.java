package io.meridian.api.models;

import io.meridian.api.Page;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Search over models and versions. Version filters are each backed by an index that row-level
 * security lets PostgreSQL use: tags (model_version_tags), alias, metric thresholds (name, value).
 * Models filter by name prefix (pattern ops) and by tags on the tenant's rows.
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
        long total = total(items, limit, offset,
                () -> query.bindAll(handle.createQuery("select count(*) from models" + query.whereClause())).mapTo(Long.class).one());
        return new Page<>(items, limit, offset, total);
    }

    /**
     * Tag filters go through model_version_tags (index-only scans, merged by version); with tags
     * only and the default order, the page and its total come from that index alone, and only the
     * page's versions are read.
     */
    static Page<VersionListing> versions(Handle handle, VersionFilter filter, int limit, int offset) {
        SearchQuery query = new SearchQuery();
        String matched = filter.tags().isEmpty() ? "" : "with matched as materialized (" + tagMatch(filter.tags(), query) + ") ";
        boolean tagsOnly = filter.model() == null && filter.alias() == null && filter.thresholds().isEmpty()
                && filter.sortMetric().isEmpty() && filter.sort() == VersionSort.CREATED_AT;
        if (!matched.isEmpty() && tagsOnly) {
            return byTagsInCreationOrder(handle, query, matched, filter.descending(), limit, offset);
        }
        String joins = "";
        if (!matched.isEmpty()) {
            query.where("v.id in (select version_id from matched)");
        }
        if (filter.model() != null) {
            query.where("m.name = :model").bind("model", filter.model());
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
        List<VersionListing> items = query.bindAll(handle.createQuery(matched + "select " + VersionListing.COLUMNS + from
                        + " order by " + order + " limit :limit offset :offset"))
                .bind("limit", limit).bind("offset", offset).map((row, context) -> VersionListing.map(row)).list();
        long total = total(items, limit, offset,
                () -> query.bindAll(handle.createQuery(matched + "select count(*)" + from)).mapTo(Long.class).one());
        return new Page<>(items, limit, offset, total);
    }

    /** Versions carrying every tag: the first tag's index entries, each checked for the others. */
    private static String tagMatch(List<String> tags, SearchQuery query) {
        StringBuilder sql = new StringBuilder("select t0.version_id, t0.created_at from model_version_tags t0 where t0.tag = :tag0");
        query.bind("tag0", tags.getFirst());
        for (int i = 1; i < tags.size(); i++) {
            sql.append(" and exists (select 1 from model_version_tags t").append(i).append(" where t").append(i)
                    .append(".version_id = t0.version_id and t").append(i).append(".tag = :tag").append(i).append(')');
            query.bind("tag" + i, tags.get(i));
        }
        return sql.toString();
    }

    private static Page<VersionListing> byTagsInCreationOrder(Handle handle, SearchQuery query, String matched,
                                                             boolean descending, int limit, int offset) {
        String direction = descending ? " desc" : " asc";
        String sql = matched + ", page as (select version_id, created_at from matched order by created_at" + direction
                + ", version_id limit :limit offset :offset) select " + VersionListing.COLUMNS
                + ", (select count(*) from matched) as total from page p join model_versions v on v.id = p.version_id"
                + " join models m on m.id = v.model_id order by p.created_at" + direction + ", p.version_id";
        long[] total = {-1};
        List<VersionListing> items = query.bindAll(handle.createQuery(sql)).bind("limit", limit).bind("offset", offset)
                .map((row, context) -> {
                    total[0] = row.getLong("total");
                    return VersionListing.map(row);
                }).list();
        if (total[0] < 0) {
            total[0] = query.bindAll(handle.createQuery(matched + "select count(*) from matched")).mapTo(Long.class).one();
        }
        return new Page<>(items, limit, offset, total[0]);
    }

    /** A page that is not full and not past the end shows the total itself; only otherwise is it counted. */
    private static long total(List<?> items, int limit, int offset, LongSupplier count) {
        return items.size() < limit && (offset == 0 || !items.isEmpty()) ? offset + items.size() : count.getAsLong();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
