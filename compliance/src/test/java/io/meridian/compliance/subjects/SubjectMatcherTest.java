package io.meridian.compliance.subjects;

import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiScanner;
import io.meridian.compliance.pii.Pseudonymizer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectMatcherTest {

    private static final Pseudonymizer TENANT_A = new Pseudonymizer("tenant-a-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
    private static final Pseudonymizer TENANT_B = new Pseudonymizer("tenant-b-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));

    private static SubjectMatcher matcher(String value, EntityType type, Pseudonymizer key) throws InvalidSubjectException {
        return new SubjectMatcher(SubjectIdentifier.of(value, type), key);
    }

    private static String treated(String text, Operator operator, Pseudonymizer key) {
        return new Anonymizer(key).apply(text, PiiScanner.all().scan(text), Map.of(EntityType.EMAIL, operator, EntityType.PHONE, operator,
                EntityType.IBAN, operator));
    }

    @Test
    void findsTheIdentifierInClearHoweverItIsWritten() throws Exception {
        SubjectMatcher email = matcher("anna.schmidt@example.com", EntityType.EMAIL, TENANT_A);
        assertThat(email.match("Contact: Anna.Schmidt@EXAMPLE.com (private)")).contains(MatchForm.CLEAR);
        assertThat(email.match("xanna.schmidt@example.com")).isEmpty();
        assertThat(email.match("anna.schmidt@example.community")).isEmpty();
        assertThat(email.match("")).isEmpty();

        SubjectMatcher phone = matcher("+49 30 901820", EntityType.PHONE, TENANT_A);
        assertThat(phone.match("call 0049 (30) 901-820")).contains(MatchForm.CLEAR);
        assertThat(phone.match("+49 30 9018201")).isEmpty();

        SubjectMatcher iban = matcher("de89370400440532013000", EntityType.IBAN, TENANT_A);
        assertThat(iban.match("DE89 3704 0044 0532 0130 00")).contains(MatchForm.CLEAR);
    }

    @Test
    void findsTheTenantsPseudonymOfItButNotAnotherTenantsNorARedactedValue() throws Exception {
        String cell = "anna.schmidt@example.com / 0049 30 901820";
        SubjectMatcher email = matcher("Anna.Schmidt@example.com", null, TENANT_A);
        SubjectMatcher phone = matcher("+49 30 901820", null, TENANT_A);
        String pseudonymized = treated(cell, Operator.PSEUDONYMIZE, TENANT_A);
        assertThat(pseudonymized).doesNotContain("anna", "901820");
        assertThat(email.match(pseudonymized)).contains(MatchForm.PSEUDONYM);
        assertThat(phone.match(pseudonymized)).contains(MatchForm.PSEUDONYM);
        assertThat(email.match(treated(cell, Operator.PSEUDONYMIZE, TENANT_B))).isEmpty();
        assertThat(email.match(treated(cell, Operator.REDACT, TENANT_A))).isEmpty();
        assertThat(matcher("ben@example.com", null, TENANT_A).match(pseudonymized)).isEmpty();
    }

    @Test
    void namesTheColumnsOfARecordThatHoldIt() throws Exception {
        SubjectMatcher email = matcher("ana@example.com", null, TENANT_A);
        String token = TENANT_A.token(EntityType.EMAIL, "ana@example.com");
        assertThat(email.match(List.of(token, "34", "ANA@example.com"))).containsExactly(
                new CellMatch(0, MatchForm.PSEUDONYM), new CellMatch(2, MatchForm.CLEAR));
        assertThat(email.match(List.of("ben@example.com", "34"))).isEmpty();
        assertThat(email.match("ana@example.com")).isEqualTo(Optional.of(MatchForm.CLEAR));
    }
}
