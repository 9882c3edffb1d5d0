package io.meridian.training.datasets;

import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiScanner;
import io.meridian.compliance.pii.Pseudonymizer;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvPiiTreatmentTest {

    @Test
    void treatsTheNamedTypesInEveryCellAndLeavesTheRest() {
        String csv = """
                customer,iban,phone,label
                anna@example.com,DE89 3704 0044 0532 0130 00,+49 30 901820,yes
                ben@example.org,GB82 WEST 1234 5698 7654 32,none,no
                """;
        CsvPiiTreatment treatment = new CsvPiiTreatment(PiiScanner.all(), new Anonymizer(new Pseudonymizer(new byte[32])));
        StringWriter out = new StringWriter();

        long changed = treatment.apply(new StringReader(csv), out,
                Map.of(EntityType.EMAIL, Operator.PSEUDONYMIZE, EntityType.IBAN, Operator.REDACT));

        String[] lines = out.toString().split("\r?\n");
        assertThat(changed).isEqualTo(4);
        assertThat(lines[0]).isEqualTo("customer,iban,phone,label");
        assertThat(lines[1]).startsWith("<EMAIL:").contains(",[REDACTED],+49 30 901820,yes").doesNotContain("anna");
        assertThat(lines[2]).contains(",[REDACTED],none,no").doesNotContain("ben@");
        // the same address gives the same token
        StringWriter again = new StringWriter();
        treatment.apply(new StringReader(csv), again, Map.of(EntityType.EMAIL, Operator.PSEUDONYMIZE));
        assertThat(again.toString().split("\r?\n")[1].split(",")[0]).isEqualTo(lines[1].split(",")[0]);
    }
}
