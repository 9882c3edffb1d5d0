package io.meridian.registry;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written checks of model names and aliases say exactly what their patterns say. */
class RegistryNamesTest {

    private static final String ALPHABET = "abcxyz0189._-/@AZ é";

    @Test
    void modelNamesAndAliasesAgreeWithTheirPatterns() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            String text = randomText(random);
            assertThat(RegistryNames.isModelName(text)).as(text).isEqualTo(RegistryNames.MODEL_NAME.matcher(text).matches());
            assertThat(RegistryNames.isAlias(text)).as(text).isEqualTo(RegistryNames.ALIAS.matcher(text).matches());
        }
    }

    @Test
    void theLimitsOfLength() {
        assertThat(RegistryNames.isModelName("a".repeat(100))).isTrue();
        assertThat(RegistryNames.isModelName("a".repeat(101))).isFalse();
        assertThat(RegistryNames.isAlias("a".repeat(64))).isTrue();
        assertThat(RegistryNames.isAlias("a".repeat(65))).isFalse();
        assertThat(RegistryNames.isModelName("")).isFalse();
        assertThat(RegistryNames.isAlias(null)).isFalse();
    }

    private static String randomText(Random random) {
        int length = random.nextInt(8);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
