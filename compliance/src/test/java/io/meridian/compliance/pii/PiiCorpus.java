package io.meridian.compliance.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The labelled corpus for precision and recall: real-format values of every type, each in a
 * sentence of one of eight languages, and look-alikes of the same shapes (broken check digits,
 * never-issued ranges, dates, versions, order and ISBN numbers, clock times) that must not match.
 * Deterministic (fixed seed). Phone numbers and IBANs come from libphonenumber's and iban4j's own
 * examples, independent of the recognizers that check them.
 */
final class PiiCorpus {

    /** A sentence with at most one personal value; {@code type} null for a look-alike. */
    record Sample(String text, EntityType type, String value) {
    }

    private static final List<String> SENTENCES = List.of(
            "Please update the record: %s before Friday.",
            "Bitte prüfen Sie den Eintrag %s bis morgen.",
            "Merci de vérifier la valeur %s dans le dossier.",
            "Por favor, confirme el dato %s cuanto antes.",
            "Por favor, confirme o dado %s no cadastro.",
            "请核对客户资料：%s，谢谢。",
            "お客様の情報 %s を確認してください。",
            "يرجى التحقق من البيانات %s في الملف.");

    private final Random random = new Random(20261123);
    private final List<Sample> samples = new ArrayList<>();

    static List<Sample> build() {
        PiiCorpus corpus = new PiiCorpus();
        corpus.phones();
        corpus.ibans();
        corpus.cards();
        corpus.emails();
        corpus.ipAddresses();
        corpus.nationalIds();
        corpus.lookAlikes();
        return List.copyOf(corpus.samples);
    }

    private void positive(EntityType type, String value) {
        samples.add(new Sample(sentence(value), type, value));
    }

    private void negative(String value) {
        samples.add(new Sample(sentence(value), null, value));
    }

    private String sentence(String value) {
        return String.format(SENTENCES.get(random.nextInt(SENTENCES.size())), value);
    }

    private void phones() {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        List<String> regions = List.of("DE", "FR", "GB", "US", "CN", "JP", "SG", "BR", "IN", "AE", "ES", "MX", "IT", "NL",
                "SE", "PL", "AU", "KR", "SA", "EG", "ZA", "TR", "AR", "CH", "AT");
        for (String region : regions) {
            for (PhoneNumberType type : List.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)) {
                var example = phones.getExampleNumberForType(region, type);
                if (example != null) {
                    PhoneNumberFormat format = random.nextBoolean() ? PhoneNumberFormat.INTERNATIONAL : PhoneNumberFormat.E164;
                    positive(EntityType.PHONE, phones.format(example, format));
                }
            }
        }
    }

    private void ibans() {
        List<CountryCode> countries = List.of(CountryCode.DE, CountryCode.FR, CountryCode.GB, CountryCode.ES, CountryCode.IT,
                CountryCode.NL, CountryCode.BE, CountryCode.AT, CountryCode.CH, CountryCode.PL, CountryCode.SE, CountryCode.IE,
                CountryCode.PT, CountryCode.DK, CountryCode.NO, CountryCode.FI, CountryCode.SA, CountryCode.AE, CountryCode.BR,
                CountryCode.TR);
        for (CountryCode country : countries) {
            Iban iban = new Iban.Builder(random).countryCode(country).buildRandom();
            positive(EntityType.IBAN, iban.toFormattedString());
            positive(EntityType.IBAN, new Iban.Builder(random).countryCode(country).buildRandom().toString());
        }
    }

    private void cards() {
        String[][] schemes = {{"4", "16"}, {"4", "13"}, {"51", "16"}, {"55", "16"}, {"2221", "16"}, {"34", "15"},
                {"37", "15"}, {"6011", "16"}, {"65", "16"}, {"3530", "16"}, {"62", "16"}, {"62", "19"}, {"36", "14"}};
        for (int i = 0; i < 45; i++) {
            String[] scheme = schemes[i % schemes.length];
            String number = luhnComplete(scheme[0], Integer.parseInt(scheme[1]));
            positive(EntityType.CREDIT_CARD, i % 3 == 0 ? number : grouped(number, i % 2 == 0 ? ' ' : '-'));
        }
    }

    private void emails() {
        String[] names = {"ana.maria", "li.wei", "tanaka_h", "j.dupont", "m.garcia", "joao+news", "o'neil", "k.schmidt", "ahmed.ali", "x"};
        String[] domains = {"example.com", "mail.example.de", "example.co.jp", "example.fr", "example.com.br", "sub.example.cn"};
        for (int i = 0; i < 40; i++) {
            positive(EntityType.EMAIL, names[i % names.length] + i + "@" + domains[i % domains.length]);
        }
    }

    private void ipAddresses() {
        for (int i = 0; i < 20; i++) {
            positive(EntityType.IP_ADDRESS, (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
        }
        String[] v6 = {"2001:db8::1", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128",
                "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "fd12:3456:789a:1::1", "2001:db8:0:0:1:0:0:1", "2001:db8:1::ab9:C0A8:102", "2001:db8::"};
        for (String address : v6) {
            positive(EntityType.IP_ADDRESS, address);
        }
    }

    private void nationalIds() {
        for (int i = 0; i < 20; i++) {
            positive(EntityType.US_SSN, String.format("%03d-%02d-%04d", 1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999)));
            positive(EntityType.UK_NINO, nino(i % 2 == 0));
            positive(EntityType.CN_RESIDENT_ID, chinaId());
            positive(EntityType.SG_NRIC, nric());
            positive(EntityType.DE_TAX_ID, germanTaxId());
        }
    }

    private void lookAlikes() {
        for (int i = 0; i < 40; i++) {
            String card = luhnComplete("4", 16);
            negative(grouped(card.substring(0, 15) + (char) ('0' + (card.charAt(15) - '0' + 1 + random.nextInt(9)) % 10), ' '));
        }
        for (int i = 0; i < 30; i++) {
            String iban = new Iban.Builder(random).countryCode(CountryCode.DE).buildRandom().toString();
            negative(iban.substring(0, 2) + String.format("%02d", (Integer.parseInt(iban.substring(2, 4)) + 1) % 97 + 2).substring(0, 2) + iban.substring(4));
        }
        for (int i = 0; i < 20; i++) {
            negative(String.format("%03d-%02d-%04d", new int[] {0, 666, 900 + random.nextInt(100)}[i % 3], 1 + random.nextInt(99), 1 + random.nextInt(9999)));
            String id = chinaId();
            negative(id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : id.charAt(17) == 'X' ? '0' : 'X'));
            String nric = nric();
            negative(nric.substring(0, 8) + (nric.charAt(8) == 'A' ? 'B' : 'A'));
            String tax = germanTaxId();
            negative(tax.substring(0, 10) + (char) ('0' + (tax.charAt(10) - '0' + 1) % 10));
            negative(List.of("BG", "GB", "NK", "TN", "ZZ", "DA", "QA", "AO").get(i % 8) + String.format("%06d", random.nextInt(1_000_000)) + "A");
        }
        for (int i = 0; i < 15; i++) {
            negative(LocalDate.of(1990 + i, 1 + i % 12, 1 + i).toString());
            negative("ORD-" + (2020 + i % 6) + "-" + String.format("%06d", random.nextInt(1_000_000)));
            negative("v" + (1 + i % 3) + "." + i + "." + random.nextInt(20));
            negative(String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60)));
            negative("+" + (1 + random.nextInt(9)) + " " + String.format("%03d", random.nextInt(10)));
            negative("user" + i + "@localhost");
            negative((256 + random.nextInt(700)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256));
            negative("978-3-16-" + String.format("%06d", random.nextInt(1_000_000)) + "-" + random.nextInt(10));
            negative(String.format("%,d.%02d", 1000 + random.nextInt(1_000_000), random.nextInt(100)));
            negative("1Z" + String.format("%06d", random.nextInt(1_000_000)) + "03" + String.format("%08d", random.nextInt(100_000_000)));
        }
    }

    private String luhnComplete(String prefix, int length) {
        StringBuilder number = new StringBuilder(prefix);
        while (number.length() < length - 1) {
            number.append(random.nextInt(10));
        }
        for (char check = '0'; check <= '9'; check++) {
            if (Checksums.luhn(number.toString() + check)) {
                return number.append(check).toString();
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static String grouped(String digits, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private String nino(boolean spaced) {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(random.nextInt(first.length())) + second.charAt(random.nextInt(second.length()));
        } while (List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
        String digits = String.format("%06d", random.nextInt(1_000_000));
        char suffix = "ABCD".charAt(random.nextInt(4));
        return spaced ? prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " " + suffix
                : prefix + digits + suffix;
    }

    private String chinaId() {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 80));
        String first17 = (110000 + random.nextInt(540000)) + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + Checksums.iso7064Mod11x2(first17);
    }

    private String nric() {
        char prefix = "STFG".charAt(random.nextInt(4));
        String digits = String.format("%07d", random.nextInt(10_000_000));
        return prefix + digits + Checksums.singaporeCheckLetter(prefix, digits);
    }

    private String germanTaxId() {
        while (true) {
            List<Integer> digits = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            java.util.Collections.shuffle(digits, random);
            digits.set(9, digits.get(random.nextInt(9)));
            if (digits.get(0) == 0) {
                continue;
            }
            StringBuilder first10 = new StringBuilder();
            digits.forEach(first10::append);
            return first10.toString() + Checksums.iso7064Mod11x10(first10.toString());
        }
    }
}
