package io.meridian.api.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the client behind a request, for login throttling and the audit. It is the TCP
 * peer, unless the peer is a proxy the platform trusts ({@code meridian.auth.trusted-proxies},
 * CIDR ranges; loopback by default, where the console and a local reverse proxy run): then it is the
 * rightmost {@code X-Forwarded-For} address that is not a trusted proxy itself. A client can write
 * anything at the left of that header, but not at its right, where each proxy appends its peer;
 * without this, every login through an ingress or the console would count against one address.
 */
@Context // a malformed range stops the start, not the first login
public final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpSubnetFilterRule> trusted;

    ClientAddresses(@Value("${meridian.auth.trusted-proxies}") List<String> trustedProxies) {
        this.trusted = new ArrayList<>();
        for (String range : trustedProxies) {
            String cidr = range.trim();
            if (!cidr.isEmpty()) {
                trusted.add(subnet(cidr));
            }
        }
    }

    public String of(HttpRequest<?> request) {
        return resolve(request.getRemoteAddress().getAddress(), request.getHeaders().getAll(FORWARDED_FOR));
    }

    String resolve(InetAddress peer, List<String> forwardedFor) {
        InetAddress client = peer;
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> hops.addAll(List.of(header.split(","))));
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            InetAddress hop = literal(hops.get(i).trim());
            if (hop == null) {
                break; // not an address: nothing left of it can be relied on
            }
            client = hop;
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** An address written as a literal (never looked up by name), with an optional port or brackets; null otherwise. */
    private static InetAddress literal(String text) {
        String address = text;
        if (address.startsWith("[") && address.contains("]")) {
            address = address.substring(1, address.indexOf(']'));
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':') && address.contains(".")) {
            address = address.substring(0, address.indexOf(':'));
        }
        try {
            return InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IpSubnetFilterRule subnet(String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress base = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (base == null) {
            throw new IllegalStateException("meridian.auth.trusted-proxies: not an address range: " + cidr);
        }
        int bits = base.getAddress().length * 8;
        try {
            int prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new NumberFormatException();
            }
            return new IpSubnetFilterRule(base, prefix, IpFilterRuleType.ACCEPT);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("meridian.auth.trusted-proxies: not an address range: " + cidr, e);
        }
    }
}
