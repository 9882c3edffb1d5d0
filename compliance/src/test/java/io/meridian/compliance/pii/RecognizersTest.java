package io.meridian.compliance.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each recognizer finds the real thing and rejects look-alikes of the same shape. */
class RecognizersTest {

    private final PiiScanner scanner = PiiScanner.all();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CREDIT_CARD    | 4111 1111 1111 1111
            CREDIT_CARD    | 5555-5555-5555-4444
            CREDIT_CARD    | 378282246310005
            IBAN           | DE89 3704 0044 0532 0130 00
            IBAN           | GB82 WEST 1234 5698 7654 32
            IBAN           | FR1420041010050500013M02606
            US_SSN         | 123-45-6789
            UK_NINO        | AB 12 34 56 C
            CN_RESIDENT_ID | 11010519491231002X
            SG_NRIC        | S1234567D
            DE_TAX_ID      | 86095742719
            DE_TAX_ID      | 65 929 970 489
            IP_ADDRESS     | 192.168.1.1
            IP_ADDRESS     | 2001:db8::1
            IP_ADDRESS     | fe80::1ff:fe23:4567:890a
            EMAIL          | ana.maria+news@example.co.uk
            PHONE          | +1 650-253-0000
            PHONE          | 0044 20 7946 0958
            """)
    void findsTheRealThingInsideText(EntityType type, String value) {
        String text = "Kunde: " + value + ", bitte prüfen.";
        List<PiiMatch> matches = scanner.scan(text);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).type()).isEqualTo(type);
        assertThat(matches.get(0).text(text)).isEqualTo(value);
        assertThat(matches.get(0).confidence()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4111 1111 1111 1112
            1234 5678 9012 3456
            DE89 3704 0044 0532 0130 01
            XX89 3704 0044 0532 0130 00
            000-12-3456
            666-12-3456
            912-34-5678
            123-00-6789
            BG 12 34 56 C
            QQ123456C
            AB123456E
            110105194912310021
            110105194913310028
            S1234567A
            86095742718
            11111111111
            256.1.1.1
            10.0.0
            192.168.01.1
            12:30:45
            user@localhost
            @example.com
            +1 000 000 0000
            +49 1
            """)
    void rejectsLookAlikes(String value) {
        assertThat(scanner.scan("Referenz " + value + " ok")).isEmpty();
    }

    @Test
    void libphonenumberExamplesOfManyCountriesAreFound() {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        for (String region : List.of("DE", "FR", "GB", "US", "CN", "JP", "SG", "BR", "IN", "AE", "ES", "MX")) {
            String number = phones.format(phones.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE),
                    PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            List<PiiMatch> matches = scanner.scan("Tel. " + number + " 谢谢");
            assertThat(matches).as(region + " " + number).extracting(PiiMatch::type).containsExactly(EntityType.PHONE);
        }
    }

    @Test
    void overlappingClaimsKeepTheStrongest() {
        // 16 digits of a Luhn-valid card inside a valid IBAN: the IBAN wins, once
        String text = "GB82 WEST 1234 5698 7654 32 and 4111111111111111";
        assertThat(scanner.scan(text)).extracting(PiiMatch::type).containsExactly(EntityType.IBAN, EntityType.CREDIT_CARD);
    }

    @Test
    void matchesComeInTextOrderAcrossScripts() {
        String text = "用户邮箱 wang.li@example.cn，电话 +86 138 0013 8000；IP 10.1.2.3";
        assertThat(scanner.scan(text)).extracting(PiiMatch::type)
                .containsExactly(EntityType.EMAIL, EntityType.PHONE, EntityType.IP_ADDRESS);
    }

    @Test
    void onlyEnabledRecognizersRun() {
        PiiScanner emailsOnly = new PiiScanner(java.util.EnumSet.of(EntityType.EMAIL));
        assertThat(emailsOnly.scan("a@example.com 4111 1111 1111 1111")).extracting(PiiMatch::type).containsExactly(EntityType.EMAIL);
    }
}
