package io.meridian.api.datasets;

import io.meridian.compliance.pii.CsvPiiReport;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.training.datasets.ColumnProfile;
import io.meridian.training.datasets.CsvSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an upload's analysis and its policy decision come to, per column and per kind of personal data. */
final class DatasetReport {

    private DatasetReport() {
    }

    static List<DatasetViews.ColumnView> columns(CsvSchema schema, List<CsvPiiReport.Column> pii, Map<EntityType, Operator> operators) {
        List<DatasetViews.ColumnView> columns = new ArrayList<>();
        for (int i = 0; i < schema.columns().size(); i++) {
            ColumnProfile column = schema.columns().get(i);
            Map<String, Long> found = new TreeMap<>();
            Map<String, String> treatment = new TreeMap<>();
            if (i < pii.size()) {
                pii.get(i).counts().forEach((type, count) -> {
                    found.put(type.name(), count);
                    if (operators.containsKey(type)) {
                        treatment.put(type.name(), operators.get(type).name());
                    }
                });
            }
            columns.add(new DatasetViews.ColumnView(column.name(), column.type().name(), column.missing(), column.distinct(),
                    column.name().equals(schema.labelColumn()), found, treatment));
        }
        return columns;
    }

    static Map<String, Map<String, Long>> piiReport(List<CsvPiiReport.Column> pii) {
        Map<String, Map<String, Long>> report = new LinkedHashMap<>();
        pii.stream().filter(CsvPiiReport.Column::holdsPii).forEach(column -> {
            Map<String, Long> counts = new TreeMap<>();
            column.counts().forEach((type, count) -> counts.put(type.name(), count));
            report.put(column.name(), counts);
        });
        return report;
    }

    static Map<String, String> names(Map<EntityType, Operator> operators) {
        Map<String, String> names = new TreeMap<>();
        operators.forEach((type, operator) -> names.put(type.name(), operator.name()));
        return names;
    }
}
