package io.meridian.console.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data scientist gives the model's labels German names on its page, then asks the playground for a
 * prediction in German: the label comes back in German, with the probability as the API formats it,
 * every label's score, and the version and region that answered. A missing input is named under its field.
 */
class PlaygroundIT {

    private static final Map<String, String> GERMAN = Map.of("churn", "Wandert ab", "stay", "Bleibt Kunde");

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aPredictionAnswersInGermanAndAMissingInputIsNamedUnderItsField() {
        TrainedModels.Trained trained = TrainedModels.churn();
        ConsoleBrowser browser = session.browser();
        browser.signIn(TrainedModels.SCIENTIST);

        browser.open("models/" + trained.model());
        browser.element("model-labels");
        LongPageSteps.choose(browser, "labels-locale", "Deutsch");
        GERMAN.forEach((label, german) -> LongPageSteps.type(browser, "label-" + label, german));
        LongPageSteps.click(browser, "labels-save");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), "Deutsch"));

        browser.navigate("nav-playground", "playground");
        LongPageSteps.choose(browser, "playground-model", trained.model());
        LongPageSteps.choose(browser, "playground-version", "Version " + trained.eightEpochs());
        LongPageSteps.choose(browser, "playground-locale", "Deutsch");
        browser.element("input-x1");
        browser.screenshot("playground");
        browser.assertAccessible("playground");

        LongPageSteps.type(browser, "input-x1", "1.5");
        LongPageSteps.type(browser, "input-x2", "1.2");
        LongPageSteps.click(browser, "playground-predict");
        browser.element("prediction-label");
        String label = browser.element("prediction-label").getAttribute("data-label");
        // far on the churn side: the model says so, in German
        assertThat(label).isEqualTo("churn");
        assertThat(browser.text("prediction-label")).isEqualTo(GERMAN.get(label));
        // German writes a percentage with a comma and a space before the sign
        assertThat(browser.text("prediction-probability")).matches("\\d{1,3}(,\\d+)?[\\s\\u00A0\\u202F]%");
        assertThat(browser.text("prediction-scores")).contains(GERMAN.get("churn")).contains(GERMAN.get("stay"));
        assertThat(browser.text("prediction-served-by")).contains(trained.model()).contains("version " + trained.eightEpochs())
                .contains("eu-west").contains("de");
        assertThat(browser.element("prediction").getAttribute("lang")).isEqualTo("de");
        browser.screenshot("playground-answer");
        browser.assertAccessible("playground answer");

        LongPageSteps.clear(browser, "input-x2");
        LongPageSteps.click(browser, "playground-predict");
        browser.await(driver -> "true".equals(browser.property("input-x2", "invalid")));
        // the chosen language is the answer's, problems included
        assertThat(browser.property("input-x2", "errorMessage")).contains("erforderlich");
        assertThat(browser.property("input-x1", "invalid")).isEqualTo("false");
        assertThat(browser.exists("prediction-label") && browser.element("prediction").isDisplayed()).isFalse();
        browser.screenshot("playground-invalid");
    }
}
