package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response names its language, negotiated from Accept-Language, and problems are written in it. */
@MicronautTest
class LanguageTest extends ApiTest {

    private static String contentLanguage(Api.Response response) {
        return response.headers().firstValue("Content-Language").orElse("(none)");
    }

    @Test
    void aNormalAnswerCarriesTheNegotiatedLanguage() {
        String viewer = demoToken("viewer");
        Api.Response japanese = api.get("/api/v1/me", As.bearer(viewer).language("ja-JP,ja;q=0.9,en;q=0.5"));
        assertThat(japanese.status()).isEqualTo(200);
        assertThat(japanese.contentType()).startsWith("application/json");
        assertThat(contentLanguage(japanese)).isEqualTo("ja");

        assertThat(contentLanguage(api.get("/api/v1/me", As.bearer(viewer)))).isEqualTo("en");
        assertThat(contentLanguage(api.get("/api/v1/me", As.bearer(viewer).language("pt-PT")))).isEqualTo("pt-BR");
    }

    @Test
    void aProblemInArabicIsWrittenInArabic() {
        Api.Response problem = api.post("/api/v1/auth/login", As.ANONYMOUS.language("ar-EG"), "{\"tenant\":\"demo\"}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.problemCode()).isEqualTo("invalid-input");
        assertThat(contentLanguage(problem)).isEqualTo("ar");
        assertThat(problem.string("title")).isEqualTo("إدخال غير صالح");
        // email and password are missing: Arabic's dual form
        assertThat(problem.string("detail")).isEqualTo("حقلان غير صالحين.");
        assertThat(problem.string("type")).isEqualTo("urn:meridian:problem:invalid-input");
    }

    @Test
    void traditionalChineseFallsBackToEnglishNotSimplified() {
        Api.Response problem = api.get("/api/v1/me", As.ANONYMOUS.language("zh-TW"));
        assertThat(problem.status()).isEqualTo(401);
        assertThat(contentLanguage(problem)).isEqualTo("en");
        assertThat(problem.string("title")).isEqualTo("Authentication required");

        Api.Response simplified = api.get("/api/v1/me", As.ANONYMOUS.language("zh-CN"));
        assertThat(contentLanguage(simplified)).isEqualTo("zh-CN");
        assertThat(simplified.string("title")).isEqualTo("需要身份验证");
    }

    @Test
    void frameworkAnswersToo() {
        Api.Response missing = api.get("/api/v1/no-such-thing", As.bearer(demoToken("viewer")).language("fr-CA"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(contentLanguage(missing)).isEqualTo("fr");
        assertThat(missing.string("title")).isEqualTo("Introuvable");

        Api.Response junk = api.get("/api/v1/me", As.bearer(demoToken("viewer")).language(";;;q=x"));
        assertThat(junk.status()).isEqualTo(200);
        assertThat(contentLanguage(junk)).isEqualTo("en");
    }
}
