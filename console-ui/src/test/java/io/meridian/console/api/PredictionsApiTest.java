package io.meridian.console.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The playground finds the API's message for a field by the name the API gives it. */
class PredictionsApiTest {

    @Test
    void aFeatureIsNamedAsTheApiNamesItInItsProblems() {
        assertThat(PredictionsApi.fieldOf("tenure_months")).isEqualTo("rows[0].tenure_months");
        assertThat(PredictionsApi.fieldOf("unit price")).isEqualTo("rows[0][\"unit price\"]");
        assertThat(PredictionsApi.fieldOf("say \"hi\"")).isEqualTo("rows[0][\"say \\\"hi\\\"\"]");
    }
}
