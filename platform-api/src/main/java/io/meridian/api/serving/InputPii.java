package io.meridian.api.serving;

import io.meridian.api.datasets.PseudonymKeys;
import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiMatch;
import io.meridian.compliance.pii.PiiScanner;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Personal data in a request's text inputs. It is looked for before the SERVE decision, because it
 * takes part in it (a kind the policy blocks refuses the request; any kind found makes the request's
 * data personal, so residency and transfer rules apply), and treated as the decision obliges
 * (redacted or pseudonymized with the tenant's key) before the model sees it. Numbers, booleans and
 * tensors are not scanned: only strings can hold the identifiers the scanner knows.
 */
@Singleton
final class InputPii {

    private final PiiScanner scanner = PiiScanner.all();
    private final PseudonymKeys keys;

    InputPii(PseudonymKeys keys) {
        this.keys = keys;
    }

    /** @param rows null when the request has none (validation refuses it later) */
    Scan scan(List<Map<String, Object>> rows) {
        Map<Cell, List<PiiMatch>> found = new HashMap<>();
        for (int index = 0; rows != null && index < rows.size(); index++) {
            Map<String, Object> row = rows.get(index);
            if (row == null) {
                continue;
            }
            for (Map.Entry<String, Object> field : row.entrySet()) {
                if (field.getValue() instanceof String text) {
                    List<PiiMatch> matches = scanner.scan(text);
                    if (!matches.isEmpty()) {
                        found.put(new Cell(index, field.getKey()), matches);
                    }
                }
            }
        }
        return new Scan(rows, found);
    }

    private record Cell(int row, String field) {
    }

    /** What one scan found, and the rows with it treated. */
    final class Scan {

        private final List<Map<String, Object>> rows;
        private final Map<Cell, List<PiiMatch>> matches;
        private final Set<EntityType> kinds = EnumSet.noneOf(EntityType.class);

        private Scan(List<Map<String, Object>> rows, Map<Cell, List<PiiMatch>> matches) {
            this.rows = rows;
            this.matches = matches;
            matches.values().forEach(each -> each.forEach(match -> kinds.add(match.type())));
        }

        Set<EntityType> found() {
            return Collections.unmodifiableSet(kinds);
        }

        /** The rows with the found values replaced as {@code operators} say; the same rows where nothing is to change. */
        List<Map<String, Object>> treated(UUID tenantId, Map<EntityType, Operator> operators) {
            if (matches.isEmpty() || operators.isEmpty()) {
                return rows;
            }
            Anonymizer anonymizer = new Anonymizer(operators.containsValue(Operator.PSEUDONYMIZE) ? keys.forTenant(tenantId) : null);
            List<Map<String, Object>> treated = new ArrayList<>(rows);
            matches.forEach((cell, found) -> {
                Map<String, Object> row = treated.get(cell.row()) == rows.get(cell.row())
                        ? new LinkedHashMap<>(rows.get(cell.row())) : treated.get(cell.row());
                row.put(cell.field(), anonymizer.apply((String) rows.get(cell.row()).get(cell.field()), found, operators));
                treated.set(cell.row(), row);
            });
            return treated;
        }
    }
}
