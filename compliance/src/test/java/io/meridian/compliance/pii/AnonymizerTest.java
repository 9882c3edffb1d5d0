package io.meridian.compliance.pii;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnonymizerTest {

    private static final byte[] TENANT_A = "tenant-a-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TENANT_B = "tenant-b-key-with-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);

    private final PiiScanner scanner = PiiScanner.all();
    private final String text = "Mail ana@example.com, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00.";

    private String apply(byte[] key, Map<EntityType, Operator> operators) {
        return new Anonymizer(new Pseudonymizer(key)).apply(text, scanner.scan(text), operators);
    }

    @Test
    void eachOperatorReplacesOnlyItsTypes() {
        assertThat(apply(TENANT_A, Map.of(EntityType.EMAIL, Operator.REDACT, EntityType.CREDIT_CARD, Operator.MASK,
                EntityType.IBAN, Operator.REPLACE)))
                .isEqualTo("Mail [REDACTED], card **** **** **** 1111, IBAN <IBAN>.");
        assertThat(apply(TENANT_A, Map.of(EntityType.CREDIT_CARD, Operator.REDACT)))
                .isEqualTo("Mail ana@example.com, card [REDACTED], IBAN DE89 3704 0044 0532 0130 00.");
    }

    @Test
    void pseudonymsAreStablePerTenantAndDifferAcrossTenants() {
        Pseudonymizer a = new Pseudonymizer(TENANT_A);
        String token = a.token(EntityType.IBAN, "DE89 3704 0044 0532 0130 00");
        assertThat(token).matches("<IBAN:[a-z2-7]{16}>");
        assertThat(a.token(EntityType.IBAN, "de89370400440532013000")).isEqualTo(token);
        assertThat(a.token(EntityType.EMAIL, "Ana@Example.com")).isEqualTo(a.token(EntityType.EMAIL, "ana@example.com"));
        assertThat(new Pseudonymizer(TENANT_B).token(EntityType.IBAN, "DE89 3704 0044 0532 0130 00")).isNotEqualTo(token);
        assertThat(apply(TENANT_A, Map.of(EntityType.IBAN, Operator.PSEUDONYMIZE))).contains(token).doesNotContain("DE89");
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new Pseudonymizer(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
