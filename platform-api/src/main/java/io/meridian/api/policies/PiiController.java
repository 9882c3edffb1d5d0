package io.meridian.api.policies;

import io.meridian.api.security.Roles;
import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiMatch;
import io.meridian.compliance.pii.PiiScanner;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds the personal data in a text: what, where, how sure, and the text with each replaced by its type. */
@Controller("/api/v1/pii")
@Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
@Tag(name = "Policies")
class PiiController {

    @Serdeable
    record ScanRequest(@NotNull @Size(max = 100_000) String text) {
    }

    @Serdeable
    record Found(String type, int start, int end, double confidence) {
    }

    @Serdeable
    record ScanResult(List<Found> matches, String replaced) {
    }

    private static final Map<EntityType, Operator> REPLACE_ALL = replaceAll();

    private final PiiScanner scanner = PiiScanner.all();
    // REPLACE needs no key; the pseudonymizer is never asked for one here
    private final Anonymizer anonymizer = new Anonymizer(null);

    @Post("/scan")
    ScanResult scan(@Body @Valid ScanRequest request) {
        List<PiiMatch> matches = scanner.scan(request.text());
        return new ScanResult(matches.stream()
                .map(match -> new Found(match.type().name(), match.start(), match.end(), match.confidence())).toList(),
                anonymizer.apply(request.text(), matches, REPLACE_ALL));
    }

    private static Map<EntityType, Operator> replaceAll() {
        Map<EntityType, Operator> operators = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            operators.put(type, Operator.REPLACE);
        }
        return operators;
    }
}
