package io.meridian.api.security;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "::1/128"));

    private String resolve(String peer, String... forwardedFor) {
        return addresses.resolve(InetAddress.ofLiteral(peer), List.of(forwardedFor));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(resolve("198.51.100.4", "203.0.113.7")).isEqualTo("198.51.100.4");
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedAddressIsTheClient() {
        // the client wrote 1.2.3.4 itself; its ingress appended the address it saw, then an inner proxy its own
        assertThat(resolve("10.0.0.2", "1.2.3.4, 203.0.113.7, 10.0.0.9")).isEqualTo("203.0.113.7");
        assertThat(resolve("10.0.0.2", "1.2.3.4", "203.0.113.7:51234")).isEqualTo("203.0.113.7");
        assertThat(resolve("::1", "[2001:db8::5]:443")).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void withoutAUsableForwardedAddressTheLastTrustedHopIsTheClient() {
        assertThat(resolve("10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(resolve("10.0.0.2", "10.1.1.1")).isEqualTo("10.1.1.1");
        assertThat(resolve("10.0.0.2", "203.0.113.7, unknown")).isEqualTo("10.0.0.2");
        assertThat(resolve("10.0.0.2", "evil.example.com")).isEqualTo("10.0.0.2");
    }

    @Test
    void aMalformedRangeStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/40"))).hasMessageContaining("10.0.0.0/40");
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal"))).hasMessageContaining("proxy.internal");
    }
}
