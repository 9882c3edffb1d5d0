package io.meridian.api.seed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChurnDataTest {

    @Test
    void theShippedChurnDatasetIsTheGeneratorsOutput() throws IOException {
        try (InputStream shipped = getClass().getResourceAsStream("/" + DemoModel.CHURN.resource())) {
            assertThat(shipped).as("resource %s", DemoModel.CHURN.resource()).isNotNull();
            assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ChurnData.csv());
        }
    }

    @Test
    void bothOutcomesAreWellRepresented() {
        long churned = ChurnData.csv().lines().filter(line -> line.endsWith(",churn")).count();
        assertThat(churned).isBetween(250L, 550L);
    }
}
