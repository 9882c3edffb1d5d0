package io.meridian.training.serving;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputValidationTest {

    private static final Signature TABULAR = new Signature(List.of(
            new Feature("age", FeatureType.INTEGER, List.of()),
            new Feature("income", FeatureType.FLOAT, List.of()),
            new Feature("member", FeatureType.BOOLEAN, List.of()),
            new Feature("plan", FeatureType.CATEGORY, List.of()),
            new Feature("unit price", FeatureType.FLOAT, List.of())), List.of("no", "yes"));
    private static final Signature IMAGE = new Signature(List.of(new Feature("pixels", FeatureType.TENSOR, List.of(-1, 2, 3))),
            List.of("0", "1"));
    private static final Signature TEXT = new Signature(List.of(new Feature("text", FeatureType.TEXT, List.of())), List.of("a"));
    private static final Map<String, Set<String>> PLANS = Map.of("plan", Set.of("basic", "pro"));

    private final InputValidation tabular = new InputValidation(TABULAR, PLANS, ServingOptions.defaults().withMaxBatchRows(3));

    @Test
    void aGoodRowPassesWithJsonNumbersAsTheyComeAndNullAsAMissingValue() {
        assertThat(tabular.validate(List.of(
                good(),
                Rows.row("age", 41L, "income", new BigDecimal("52000.50"), "member", false, "plan", "pro", "unit price", 3),
                Rows.row("age", 12.0, "income", null, "member", null, "plan", null, "unit price", new BigDecimal("1E+2"))))).isEmpty();
    }

    @Test
    void emptyOrTooManyRows() {
        assertThat(keys(tabular.validate(List.of()))).containsExactly("rows field.not-empty");
        assertThat(keys(tabular.validate(null))).containsExactly("rows field.not-empty");
        assertThat(tabular.validate(List.of(good(), good(), good(), good())))
                .containsExactly(Violation.of("rows", "field.too-many", "max", 3));
    }

    @Test
    void unknownAndMissingFeaturesAndANullRow() {
        Map<String, Object> typo = good();
        typo.remove("age");
        typo.put("agee", 30);
        List<Map<String, Object>> rows = new ArrayList<>(List.of(good(), typo));
        rows.add(null);

        assertThat(tabular.validate(rows)).containsExactly(
                Violation.of("rows[1].agee", "field.unknown-feature", "allowed", "age, income, member, plan, unit price"),
                Violation.of("rows[1].age", "field.required"),
                Violation.of("rows[2]", "field.required"));
    }

    @Test
    void wrongTypes() {
        assertThat(keys(tabular.validate(List.of(Rows.row("age", 30.5, "income", "52000", "member", "yes", "plan", 2,
                "unit price", true))))).containsExactly(
                "rows[0].age field.wrong-type {expected=integer}",
                "rows[0].income field.wrong-type {expected=number}",
                "rows[0].member field.wrong-type {expected=boolean}",
                "rows[0].plan field.wrong-type {expected=text}",
                "rows[0][\"unit price\"] field.wrong-type {expected=number}");
        assertThat(keys(tabular.validate(List.of(good(), Rows.row("age", "30", "income", 1, "member", true, "plan", "pro",
                "unit price", 1))))).containsExactly("rows[1].age field.wrong-type {expected=integer}");
    }

    @Test
    void notANumberAndInfinity() {
        assertThat(keys(tabular.validate(List.of(Rows.row("age", Double.POSITIVE_INFINITY, "income", Double.NaN, "member", true,
                "plan", "pro", "unit price", Float.NEGATIVE_INFINITY))))).containsExactly(
                "rows[0].age field.not-finite {}", "rows[0].income field.not-finite {}", "rows[0][\"unit price\"] field.not-finite {}");
    }

    @Test
    void aCategoryTrainingNeverSawIsRefusedUnlessAllowed() {
        Map<String, Object> row = good();
        row.put("plan", "platinum");

        assertThat(tabular.validate(List.of(row))).containsExactly(new Violation("rows[0].plan", "field.unknown-category",
                Map.of("value", "platinum", "allowed", "basic, pro")));
        assertThat(new InputValidation(TABULAR, PLANS, ServingOptions.defaults().withUnknownCategoriesAllowed(true))
                .validate(List.of(row))).isEmpty();
    }

    @Test
    void tensorsMustHaveTheSignaturesShapeAndFiniteNumbers() {
        InputValidation image = new InputValidation(IMAGE, Map.of(), ServingOptions.defaults());

        assertThat(image.validate(List.of(Map.of("pixels", List.of(List.of(0, 1, 2), List.of(3, 4.5, 255)))))).isEmpty();
        assertThat(keys(image.validate(List.of(
                Map.of("pixels", List.of(List.of(0, 1, 2))),
                Map.of("pixels", List.of(List.of(0, 1, 2), List.of(3, 4))),
                Map.of("pixels", List.of(List.of(0, 1, 2), List.of(3, "4", 5))),
                Map.of("pixels", List.of(List.of(0, 1, 2), List.of(3, Double.NaN, 5))),
                Map.of("pixels", 7),
                Collections.singletonMap("pixels", null))))).containsExactly(
                "rows[0].pixels field.wrong-shape {expected=2, found=1}",
                "rows[1].pixels[1] field.wrong-shape {expected=3, found=2}",
                "rows[2].pixels[1][1] field.wrong-type {expected=number}",
                "rows[3].pixels[1][1] field.not-finite {}",
                "rows[4].pixels field.wrong-type {expected=list}",
                "rows[5].pixels field.required {}");
    }

    @Test
    void textMustBeAString() {
        InputValidation text = new InputValidation(TEXT, Map.of(), ServingOptions.defaults());

        assertThat(keys(text.validate(List.of(Map.of("text", "Hallo"), Map.of("text", 3), Collections.singletonMap("text", null)))))
                .containsExactly("rows[1].text field.wrong-type {expected=text}", "rows[2].text field.required {}");
    }

    @Test
    void stopsAfterTheMostViolationsAsked() {
        InputValidation text = new InputValidation(TEXT, Map.of(), new ServingOptions(1000, 1, false, false,
                java.time.Duration.ofSeconds(1), 5));
        List<Map<String, Object>> rows = Collections.nCopies(100, Map.of("text", 1, "extra", 2));

        assertThat(text.validate(rows)).hasSize(5);
    }

    @Test
    void predictRefusesWhatValidationFinds() throws Exception {
        try (Predictor predictor = TrainedModels.load(TrainedModels.blobsLogistic(), ServingOptions.defaults())) {
            assertThatThrownBy(() -> predictor.predict(List.of(Rows.row("x", "1", "y", 2.0, "color", "red"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(keys(e.violations()))
                            .containsExactly("rows[0].x field.wrong-type {expected=number}"));
        }
    }

    private static Map<String, Object> good() {
        return Rows.row("age", 30, "income", 52000.5, "member", true, "plan", "basic", "unit price", 9.99);
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.key()
                + (v.arguments().isEmpty() && v.key().startsWith("field.not-empty") ? "" : " " + new java.util.TreeMap<>(v.arguments())))
                .map(String::strip).toList();
    }
}
