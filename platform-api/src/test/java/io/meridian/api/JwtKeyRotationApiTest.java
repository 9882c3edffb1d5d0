package io.meridian.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A JWT key rotation: tokens signed with the previous key stay valid while it is configured; new ones use the current key. */
@MicronautTest
class JwtKeyRotationApiTest extends ApiTest {

    private static final String PREVIOUS = "the key that signed login tokens before the rotation";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("meridian.jwt.previous-secret", PREVIOUS);
        return properties;
    }

    @Test
    void tokensOfThePreviousKeyAreAcceptedAndNewOnesAreSignedWithTheCurrentKey() throws Exception {
        String issued = demoToken("viewer");
        SignedJWT parsed = SignedJWT.parse(issued);
        assertThat(parsed.verify(new MACVerifier(PREVIOUS.getBytes(StandardCharsets.UTF_8)))).isFalse();
        JWTClaimsSet claims = parsed.getJWTClaimsSet();

        assertThat(api.get("/api/v1/me", As.bearer(issued)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", As.bearer(signed(claims, PREVIOUS))).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", As.bearer(signed(claims, "a key this platform never had, long enough"))).status())
                .isEqualTo(401);
    }

    private static String signed(JWTClaimsSet claims, String key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
