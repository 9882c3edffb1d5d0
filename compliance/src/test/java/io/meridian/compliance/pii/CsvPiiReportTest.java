package io.meridian.compliance.pii;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvPiiReportTest {

    @Test
    void reportsWhichColumnsHoldWhichPiiWithCounts() {
        String csv = """
                id,contact,notes,amount
                1,ana@example.com,"called +49 30 901820, ok",12.5
                2,bo@example.org,"nothing to see",3
                3,+1 650-253-0000,"card 4111 1111 1111 1111 on file",7
                """;
        List<CsvPiiReport.Column> columns = new CsvPiiReport(PiiScanner.all()).scan(new StringReader(csv), 1000);
        assertThat(columns).extracting(CsvPiiReport.Column::name).containsExactly("id", "contact", "notes", "amount");
        assertThat(columns.get(0).holdsPii()).isFalse();
        assertThat(columns.get(1).counts()).isEqualTo(Map.of(EntityType.EMAIL, 2L, EntityType.PHONE, 1L));
        assertThat(columns.get(2).counts()).isEqualTo(Map.of(EntityType.PHONE, 1L, EntityType.CREDIT_CARD, 1L));
        assertThat(columns.get(3).holdsPii()).isFalse();
        assertThat(columns.get(1).values()).isEqualTo(3);
    }

    @Test
    void stopsAfterTheRowLimit() {
        String csv = "email\na@example.com\nb@example.com\nc@example.com\n";
        List<CsvPiiReport.Column> columns = new CsvPiiReport(PiiScanner.all()).scan(new StringReader(csv), 2);
        assertThat(columns.get(0).values()).isEqualTo(2);
        assertThat(columns.get(0).counts()).isEqualTo(Map.of(EntityType.EMAIL, 2L));
    }
}
