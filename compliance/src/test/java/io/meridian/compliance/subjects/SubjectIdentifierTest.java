package io.meridian.compliance.subjects;

import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Pseudonymizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectIdentifierTest {

    private static final Pseudonymizer TENANT_A = new Pseudonymizer("tenant-a-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
    private static final Pseudonymizer TENANT_B = new Pseudonymizer("tenant-b-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            EMAIL | ' Anna.Schmidt@Example.COM ' | EMAIL      | anna.schmidt@example.com
            PHONE | 0049 30 901820               | PHONE      | +4930901820
            PHONE | +49 (30) 901-820             | PHONE      | +4930901820
            IBAN  | de89 3704 0044 0532 0130 00  | IBAN       | DE89370400440532013000
            -     | DE89 3704 0044 0532 0130 00  | IBAN       | DE89370400440532013000
            -     | de89370400440532013000       | IBAN       | DE89370400440532013000
            -     | ana@example.com              | EMAIL      | ana@example.com
            -     | +44 20 7946 0958             | PHONE      | +442079460958
            US_SSN | 123-45-6789                 | US_SSN     | 123456789
            IP_ADDRESS | 2001:DB8::1             | IP_ADDRESS | 2001:db8:0:0:0:0:0:1
            """)
    void isBroughtToTheFormItIsComparedIn(String declared, String value, EntityType type, String key) throws Exception {
        SubjectIdentifier subject = SubjectIdentifier.of(value, declared == null ? null : EntityType.valueOf(declared));
        assertThat(subject.type()).isEqualTo(type);
        assertThat(subject.key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -      | '   '                        | BLANK
            EMAIL  | -                            | BLANK
            -      | Anna Schmidt                 | NOT_RECOGNIZED
            -      | mail ana@example.com please  | NOT_RECOGNIZED
            IBAN   | DE89 3704 0044 0532 0130 01  | NOT_VALID_FOR_TYPE
            EMAIL  | +49 30 901820                | NOT_VALID_FOR_TYPE
            PHONE  | +49 1                        | NOT_VALID_FOR_TYPE
            US_SSN | 666-12-3456                  | NOT_VALID_FOR_TYPE
            """)
    void refusesWhatNamesNobody(String declared, String value, InvalidSubjectException.Problem problem) {
        assertThatThrownBy(() -> SubjectIdentifier.of(value, declared == null ? null : EntityType.valueOf(declared)))
                .isInstanceOfSatisfying(InvalidSubjectException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void theFingerprintIsOnePerPersonAndTenantAndNoPseudonym() throws Exception {
        SubjectIdentifier one = SubjectIdentifier.of("Ana@Example.com", EntityType.EMAIL);
        SubjectIdentifier same = SubjectIdentifier.of("ana@example.com", null);
        assertThat(one.fingerprint(TENANT_A)).matches("[0-9a-f]{64}").isEqualTo(same.fingerprint(TENANT_A));
        assertThat(one.fingerprint(TENANT_B)).isNotEqualTo(one.fingerprint(TENANT_A));
        assertThat(SubjectIdentifier.of("bo@example.com", null).fingerprint(TENANT_A)).isNotEqualTo(one.fingerprint(TENANT_A));
        assertThat(one.pseudonyms(TENANT_A)).noneMatch(token -> token.contains(one.fingerprint(TENANT_A).substring(0, 16)));
    }

    @Test
    void aPhoneNumberHasThePseudonymsOfItsTwoInternationalSpellings() throws Exception {
        SubjectIdentifier phone = SubjectIdentifier.of("+49 30 901820", EntityType.PHONE);
        assertThat(phone.pseudonyms(TENANT_A)).contains(TENANT_A.token(EntityType.PHONE, "+49 30 901820"),
                TENANT_A.token(EntityType.PHONE, "0049-30-901820"));
    }
}
