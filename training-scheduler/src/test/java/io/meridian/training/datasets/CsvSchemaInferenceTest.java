package io.meridian.training.datasets;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvSchemaInferenceTest {

    private static CsvSchema infer(String csv, String label) {
        return CsvSchemaInference.infer(new StringReader(csv), label);
    }

    @Test
    void typesComeFromEveryValue() {
        String csv = """
                age,monthly_spend,premium,plan,note,churned
                34,19.90,true,basic,"called twice, unhappy",no
                51,,false,pro,moved abroad,yes
                29,7,TRUE,basic,,no
                """;
        CsvSchema schema = infer(csv, null);

        assertThat(schema.rows()).isEqualTo(3);
        assertThat(schema.labelColumn()).isEqualTo("churned");
        assertThat(schema.columns()).extracting(ColumnProfile::name, ColumnProfile::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("age", ColumnType.INTEGER),
                org.assertj.core.groups.Tuple.tuple("monthly_spend", ColumnType.FLOAT),
                org.assertj.core.groups.Tuple.tuple("premium", ColumnType.BOOLEAN),
                org.assertj.core.groups.Tuple.tuple("plan", ColumnType.CATEGORY),
                org.assertj.core.groups.Tuple.tuple("note", ColumnType.TEXT),
                org.assertj.core.groups.Tuple.tuple("churned", ColumnType.CATEGORY));
        assertThat(schema.columns().get(1).missing()).isEqualTo(1);
        assertThat(schema.columns().get(3).distinct()).isEqualTo(2);
        assertThat(infer(csv, "plan").labelColumn()).isEqualTo("plan");
    }

    @Test
    void manyDistinctValuesAreText() {
        StringBuilder csv = new StringBuilder("comment,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append("comment number ").append(i).append(",a\n");
        }
        assertThat(infer(csv.toString(), null).columns().getFirst().type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void whatTrainingCannotUseIsRefusedWithItsReason() {
        assertThatThrownBy(() -> infer("", null)).hasMessageContaining("field.empty-dataset");
        assertThatThrownBy(() -> infer("a,b\n", null)).hasMessageContaining("field.no-rows");
        assertThatThrownBy(() -> infer("a,a\n1,2\n", null)).hasMessageContaining("field.duplicate-column");
        assertThatThrownBy(() -> infer("a, \n1,2\n", null)).hasMessageContaining("field.blank-column-name");
        assertThatThrownBy(() -> infer("a,b\n1,2\n3\n", null))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("field.ragged-row");
                    assertThat(e.arguments()).containsEntry("row", 3L).containsEntry("found", 1).containsEntry("expected", 2);
                });
        assertThatThrownBy(() -> infer("a,b\n1,2\n", "c")).hasMessageContaining("field.unknown-column");
    }
}
