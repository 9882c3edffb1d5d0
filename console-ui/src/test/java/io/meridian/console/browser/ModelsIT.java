package io.meridian.console.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data scientist finds a model's versions, reads one (metrics, lineage, confusion matrix as a heat map,
 * loss curve), compares two, moves staging at once and asks for production on a model that requires
 * approval; a compliance admin approves the request and production moves.
 */
class ModelsIT {

    private static final String COMPLIANCE = "compliance@demo.example.com";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aScientistReadsComparesAndPromotesAVersionAndComplianceApprovesProduction() {
        TrainedModels.Trained trained = TrainedModels.churn();
        String model = trained.model();
        ConsoleBrowser browser = session.browser();
        browser.signIn(TrainedModels.SCIENTIST);

        browser.navigate("nav-models", "models");
        LongPageSteps.type(browser, "model-search-name", model);
        LongPageSteps.type(browser, "model-search-metric", "accuracy>=0.5");
        LongPageSteps.click(browser, "model-search-submit");
        browser.await(driver -> LongPageSteps.textContent(browser, "model-search-results").contains("tribuo-logistic-regression"));
        assertThat(browser.text("model-search-page")).contains("versions found: 2");
        browser.screenshot("models");
        browser.assertAccessible("models");
        // a threshold no version reaches finds none
        LongPageSteps.type(browser, "model-search-metric", "accuracy>=1.01");
        LongPageSteps.click(browser, "model-search-submit");
        assertThat(browser.text("model-search-page")).contains("versions found: 0");
        LongPageSteps.clear(browser, "model-search-metric");
        LongPageSteps.click(browser, "model-search-submit");

        // from the results to the model's page, as a user goes
        LongPageSteps.follow(browser, "#model-search-results a");
        browser.element("model-detail");
        browser.await(driver -> browser.element("version-details").getAttribute("data-version") != null);
        // the newest version first
        assertThat(browser.element("version-details").getAttribute("data-version")).isEqualTo(Integer.toString(trained.latest()));
        showVersion(browser, trained.eightEpochs());
        assertThat(browser.text("version-metrics")).contains("accuracy").contains("macro_f1");
        assertThat(browser.text("version-lineage")).contains("tribuo-logistic-regression").contains("epochs = 8");
        assertThat(browser.element("version-confusion-matrix").getAttribute("data-labels")).isEqualTo("2");
        WebElement heatMap = browser.element("version-confusion-matrix").findElement(By.tagName("img"));
        assertThat(heatMap.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(heatMap.getAttribute("alt")).contains("predicted right").contains("churn").contains("stay");
        assertThat(browser.element("version-loss-curve").getAttribute("data-epochs")).isEqualTo("8");
        showVersion(browser, trained.threeEpochs());
        assertThat(browser.text("version-lineage")).contains("epochs = 3");
        browser.screenshot("model-version");
        browser.assertAccessible("model version");

        LongPageSteps.click(browser, "compare-submit");
        assertThat(browser.element("compare-parameter-epochs").getAttribute("data-changed")).isEqualTo("true");
        assertThat(browser.text("compare-parameter-epochs")).contains("3").contains("8").contains("differs");
        assertThat(browser.text("compare-metrics")).contains("accuracy");
        browser.screenshot("model-compare");
        browser.assertAccessible("model comparison");

        // staging moves at once
        LongPageSteps.choose(browser, "alias-name", "staging");
        LongPageSteps.choose(browser, "alias-version", "Version " + trained.threeEpochs());
        LongPageSteps.click(browser, "alias-move");
        browser.await(driver -> LongPageSteps.textContent(browser, "model-aliases-current").contains("staging"));

        // a compliance admin decides that production of this model needs an approval from now on
        TrainedModels.signedIn(COMPLIANCE).patch("/api/v1/models/" + model, Map.of("approvalRequired", true), Map.class);
        openModel(browser, model);
        LongPageSteps.choose(browser, "alias-name", "production");
        LongPageSteps.choose(browser, "alias-version", "Version " + trained.eightEpochs());
        LongPageSteps.type(browser, "alias-reason", "better macro F1");
        LongPageSteps.click(browser, "alias-move");
        browser.await(driver -> browser.text("model-approvals").contains("better macro F1"));
        assertThat(LongPageSteps.textContent(browser, "model-aliases-current")).doesNotContain("production");
        // the requester may not approve their own request: no button for them
        assertThat(browser.exists("approval-approve-" + trained.eightEpochs())).isFalse();
        browser.screenshot("model-approval-requested");
        browser.assertAccessible("model with a pending approval");

        ConsoleBrowser compliance = session.restart();
        compliance.signIn(COMPLIANCE);
        openModel(compliance, model);
        LongPageSteps.click(compliance, "approval-approve-" + trained.eightEpochs());
        compliance.await(driver -> LongPageSteps.textContent(compliance, "model-aliases-current").contains("production"));
        // no text compared here: the compliance admin's language is another journey's to change
        assertThat(compliance.element("model-approvals").findElements(By.className("approval-request"))).isEmpty();
        assertThat(compliance.exists("alias-move")).as("compliance admins approve, they do not move aliases").isFalse();
        compliance.screenshot("model-approved");
    }

    private static void showVersion(ConsoleBrowser browser, int version) {
        LongPageSteps.click(browser, "version-show-" + version);
        browser.await(driver -> Integer.toString(version).equals(browser.element("version-details").getAttribute("data-version")));
    }

    private static void openModel(ConsoleBrowser browser, String model) {
        browser.open("models/" + model);
        browser.element("model-detail");
        browser.await(driver -> browser.exists("version-details") && browser.element("version-details").getAttribute("data-version") != null);
    }
}
