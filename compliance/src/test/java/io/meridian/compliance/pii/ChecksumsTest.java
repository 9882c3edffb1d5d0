package io.meridian.compliance.pii;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-digit algorithms against published examples. */
class ChecksumsTest {

    @Test
    void luhn() {
        assertThat(Checksums.luhn("79927398713")).isTrue();
        assertThat(Checksums.luhn("79927398710")).isFalse();
    }

    @Test
    void chineseResidentIdCheckCharacter() {
        assertThat(Checksums.iso7064Mod11x2("11010519491231002")).isEqualTo('X');
        assertThat(Checksums.iso7064Mod11x2("44052418800101001")).isEqualTo('4');
    }

    @Test
    void germanTaxIdCheckDigit() {
        assertThat(Checksums.iso7064Mod11x10("8609574271")).isEqualTo(9);
    }

    @Test
    void singaporeCheckLetters() {
        assertThat(Checksums.singaporeCheckLetter('S', "1234567")).isEqualTo('D');
        assertThat(Checksums.singaporeCheckLetter('F', "1234567")).isEqualTo('N');
    }
}
