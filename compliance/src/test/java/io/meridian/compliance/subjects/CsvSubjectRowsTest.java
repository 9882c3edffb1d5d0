package io.meridian.compliance.subjects;

import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Pseudonymizer;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSubjectRowsTest {

    private static final Pseudonymizer KEY = new Pseudonymizer("tenant-a-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
    private static final String ANA = KEY.token(EntityType.EMAIL, "ana@example.com");
    private static final String CSV = "customer,note,age\n"
            + ANA + ",first,34\n"
            + "ben@example.com,\"says \"\"hi\"\", twice\",51\n"
            + "carla@example.net,\"backup ANA@example.com\",29\n";

    private static SubjectMatcher ana() throws InvalidSubjectException {
        return new SubjectMatcher(SubjectIdentifier.of("ana@example.com", EntityType.EMAIL), KEY);
    }

    @Test
    void theFinderHandsOnTheSubjectsRecordsWithTheirColumns() throws Exception {
        List<CsvSubjectFinder.Found> found = new ArrayList<>();
        List<String> header = new CsvSubjectFinder(ana()).find(new StringReader(CSV), found::add);
        assertThat(header).containsExactly("customer", "note", "age");
        assertThat(found).extracting(CsvSubjectFinder.Found::row).containsExactly(1L, 3L);
        assertThat(found.get(0).matches()).containsExactly(new CellMatch(0, MatchForm.PSEUDONYM));
        assertThat(found.get(1).values()).containsExactly("carla@example.net", "backup ANA@example.com", "29");
        assertThat(found.get(1).matches()).containsExactly(new CellMatch(1, MatchForm.CLEAR));
    }

    @Test
    void theEraserCopiesEverythingButTheSubjectsRecords() throws Exception {
        StringWriter out = new StringWriter();
        CsvSubjectEraser.Result result = new CsvSubjectEraser(ana()).copyWithout(new StringReader(CSV), out);
        assertThat(result).isEqualTo(new CsvSubjectEraser.Result(2, 1));
        assertThat(out.toString()).isEqualTo("customer,note,age\r\nben@example.com,\"says \"\"hi\"\", twice\",51\r\n");

        StringWriter unchanged = new StringWriter();
        SubjectMatcher nobody = new SubjectMatcher(SubjectIdentifier.of("zoe@example.com", null), KEY);
        assertThat(new CsvSubjectEraser(nobody).copyWithout(new StringReader(CSV), unchanged)).isEqualTo(new CsvSubjectEraser.Result(0, 3));
    }
}
