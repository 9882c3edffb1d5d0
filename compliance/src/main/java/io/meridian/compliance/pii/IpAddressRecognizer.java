package io.meridian.compliance.pii;

import java.net.Inet6Address;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 addresses in dotted-quad form (each octet 0-255, no leading zeros) and IPv6 addresses
 * (validated by the JDK's literal parser, so clock times like 12:30:45 are not addresses). An IPv6
 * address needs two hex digits at least: "::" and the loopback "::1" identify nobody.
 */
final class IpAddressRecognizer implements Recognizer {

    private static final Pattern V4 = Pattern.compile("(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w]|\\.\\d)");
    private static final Pattern V6 = Pattern.compile(
            "(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{0,4})){2,7}(?![\\w:]|\\.\\d)");

    @Override
    public EntityType type() {
        return EntityType.IP_ADDRESS;
    }

    @Override
    public void recognize(String text, int from, int to, List<PiiMatch> matches) {
        if (PatternRecognizer.contains(text, from, to, '.')) {
            Matcher v4 = PatternRecognizer.region(V4.matcher(text), from, to);
            while (v4.find()) {
                if (validV4(v4.group())) {
                    matches.add(new PiiMatch(EntityType.IP_ADDRESS, v4.start(), v4.end(), 0.8));
                }
            }
        }
        if (PatternRecognizer.contains(text, from, to, ':')) {
            Matcher v6 = PatternRecognizer.region(V6.matcher(text), from, to);
            while (v6.find()) {
                if (validV6(v6.group())) {
                    matches.add(new PiiMatch(EntityType.IP_ADDRESS, v6.start(), v6.end(), 0.85));
                }
            }
        }
    }

    static boolean validV4(String candidate) {
        for (String octet : candidate.split("\\.")) {
            if ((octet.length() > 1 && octet.charAt(0) == '0') || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean validV6(String candidate) {
        long hexDigits = candidate.chars().filter(c -> Character.digit(c, 16) >= 0).count();
        if (hexDigits < 2) {
            return false;
        }
        try {
            return Inet6Address.ofLiteral(candidate) != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
