package io.meridian.training.executors.kubernetes;

import java.util.regex.Pattern;

/** The API server's rules for names and label values, checked here so a bad pool or tenant fails before a call. */
final class KubernetesNames {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");

    private KubernetesNames() {
    }

    /** RFC 1123 label: namespaces, Job names (their pods carry the name in a label), LocalQueue names. */
    static boolean isDnsLabel(String value) {
        return value != null && value.length() <= 63 && DNS_LABEL.matcher(value).matches();
    }

    static void requireDnsLabel(String field, String value) {
        if (!isDnsLabel(value)) {
            throw new IllegalArgumentException(field + " is not a DNS-1123 label (lower-case letters, digits, '-', at most 63): " + value);
        }
    }

    static void requireDnsSubdomain(String field, String value) {
        if (value == null || value.length() > 253 || !DNS_SUBDOMAIN.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not a DNS-1123 subdomain: " + value);
        }
    }

    static void requireLabelValue(String field, String value) {
        if (value == null || value.length() > 63 || !LABEL_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " cannot be a label value (letters, digits, '-', '_', '.', at most 63): " + value);
        }
    }
}
