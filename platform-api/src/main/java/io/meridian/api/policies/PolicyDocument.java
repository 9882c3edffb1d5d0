package io.meridian.api.policies;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * A policy as the API reads and writes it. Keys are data classes (PUBLIC, INTERNAL, PERSONAL,
 * SENSITIVE_PERSONAL) and entity types (EMAIL, IBAN, …); values are region codes and treatments
 * (ALLOW, PSEUDONYMIZE, REDACT, BLOCK). A data class left out may be stored and processed nowhere.
 */
@Serdeable
public record PolicyDocument(@NotNull @Size(max = 10) Map<String, List<String>> storage,
                             @NotNull @Size(max = 10) Map<String, List<String>> processing,
                             @NotNull @Size(max = 50) List<String> transfers,
                             @NotNull @Size(max = 50) Map<String, String> piiTreatment,
                             @NotNull Boolean logInferenceInputs,
                             @NotNull Integer inferenceLogRetentionDays,
                             @NotNull Integer datasetRetentionDays) {
}
