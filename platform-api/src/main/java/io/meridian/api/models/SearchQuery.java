package io.meridian.api.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SQL query assembled from optional filters, with its named parameters. */
final class SearchQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, List<String>> arrays = new LinkedHashMap<>();

    SearchQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    SearchQuery bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    SearchQuery bindArray(String name, List<String> values) {
        arrays.put(name, values);
        return this;
    }

    String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindAll(T statement) {
        parameters.forEach(statement::bind);
        arrays.forEach((name, values) -> statement.bindArray(name, String.class, values));
        return statement;
    }
}
