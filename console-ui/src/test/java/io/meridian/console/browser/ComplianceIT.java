package io.meridian.console.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static io.meridian.console.browser.PageSteps.awaitNotificationsClosed;
import static io.meridian.console.browser.PageSteps.choose;
import static io.meridian.console.browser.PageSteps.click;
import static io.meridian.console.browser.PageSteps.content;
import static io.meridian.console.browser.PageSteps.gridText;
import static io.meridian.console.browser.PageSteps.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance admin's journey: a change to a region's policy turns a dry-run decision from allowed
 * to denied, shows in the version history, its diff and the audit log, and the audit chain verifies.
 * It works on ap-southeast, a region no other journey uses, and puts the policy back at the end.
 */
class ComplianceIT {

    private static final String REGION = "ap-southeast";
    private static final String REGION_LABEL = "Asia Pacific (Singapore) (ap-southeast)";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aPolicyChangeAltersTheDryRunAndIsInTheHistoryAndTheAuditLog() {
        ConsoleBrowser browser = session.browser();
        browser.signIn("compliance@demo.example.com");
        browser.navigate("nav-compliance-policies", "policies");
        browser.await(driver -> gridText(browser, "region-grid").contains(REGION));
        choose(browser, "policy-region", REGION_LABEL);
        browser.await(driver -> isChecked(browser, "policy-processing-PUBLIC", REGION));

        // under the policy in force, processing public data from the region in the region is allowed
        choose(browser, "dry-run-action", "Process (train)");
        choose(browser, "dry-run-data-class", "Public");
        // the region being edited is the question's source already
        choose(browser, "dry-run-target", REGION_LABEL);
        assertThat(dryRun(browser)).isEqualTo("ALLOW");
        assertThat(content(browser, "dry-run-outcome")).isEqualTo("Outcome: Allowed");
        browser.screenshot("compliance-policies");
        browser.assertAccessible("policies");

        // the API's field error appears at its field, in the user's language
        toggle(browser, "policy-processing-PUBLIC", REGION);
        type(browser, "policy-dataset-retention", "0");
        type(browser, "policy-reason", "Public data from Singapore is processed elsewhere");
        click(browser, "policy-save");
        browser.await(driver -> browser.element("policy-dataset-retention").getAttribute("invalid") != null);
        assertThat(browser.property("policy-dataset-retention", "errorMessage")).isEqualTo("Retention must be between 1 and 3,650 days.");

        type(browser, "policy-dataset-retention", "365");
        click(browser, "policy-save");
        browser.await(driver -> content(browser, "policy-state").contains("version 1"));
        assertThat(isChecked(browser, "policy-processing-PUBLIC", REGION)).isFalse();

        // the same question is now denied, with the API's localized reason
        assertThat(dryRun(browser)).isEqualTo("DENY");
        assertThat(content(browser, "dry-run-version")).contains("version 1");
        assertThat(content(browser, "dry-run-reasons")).isNotBlank();

        // the history has the new version with its reason; its diff names the field that changed
        assertThat(gridText(browser, "policy-history-grid")).contains("Public data from Singapore is processed elsewhere");
        click(browser, "policy-diff-show");
        browser.await(driver -> gridText(browser, "policy-diff-grid").contains("processing.PUBLIC"));

        // the audit log has the change; the chain verifies
        browser.navigate("nav-compliance-audit", "audit");
        choose(browser, "audit-action", "policy.version-created");
        type(browser, "audit-subject", "policy:" + REGION);
        click(browser, "audit-search");
        // exactly the one change of this region so far (the grid keeps the cells of rows it hides, so count by the pager)
        browser.await(driver -> "1–1 of 1".equals(content(browser, "audit-position")));
        assertThat(gridText(browser, "audit-grid")).contains("policy.version-created", "policy:" + REGION);
        click(browser, "audit-verify");
        browser.await(driver -> "true".equals(browser.element("audit-verification").getAttribute("data-intact")));
        assertThat(content(browser, "audit-verification")).startsWith("The chain is intact");
        awaitNotificationsClosed(browser);
        browser.screenshot("compliance-audit");
        browser.assertAccessible("audit log");

        // back to the region's original rules, through the editor
        browser.navigate("nav-compliance-policies", "policies");
        choose(browser, "policy-region", REGION_LABEL);
        browser.await(driver -> !isChecked(browser, "policy-processing-PUBLIC", REGION));
        toggle(browser, "policy-processing-PUBLIC", REGION);
        type(browser, "policy-reason", "Restored after the console's browser test");
        click(browser, "policy-save");
        browser.await(driver -> content(browser, "policy-state").contains("version 2"));
        assertThat(isChecked(browser, "policy-processing-PUBLIC", REGION)).isTrue();
    }

    @Test
    void anExportOfADataSubjectIsOfferedAsADownload() {
        ConsoleBrowser browser = session.browser();
        browser.signIn("compliance@demo.example.com");
        browser.navigate("nav-compliance-subject-requests", "subject-requests");
        type(browser, "subject-value", "nobody-console-it@example.com");
        type(browser, "subject-reason", "Access request by email");
        click(browser, "subject-submit");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("subject-download")));
        assertThat(content(browser, "subject-result-summary")).startsWith("Export ready");
        assertThat(browser.element("subject-download").getAttribute("href")).isNotBlank();
        browser.await(driver -> gridText(browser, "subject-request-grid").contains("Access request by email"));
        browser.screenshot("compliance-subject-requests");
        browser.assertAccessible("data-subject requests");
    }

    /** Runs the dry-run as the panel stands; the click returns once the console has answered. */
    private static String dryRun(ConsoleBrowser browser) {
        click(browser, "dry-run-submit");
        return browser.element("dry-run-outcome").getAttribute("data-outcome");
    }

    private static WebElement checkbox(ConsoleBrowser browser, String groupId, String label) {
        return browser.await(driver -> driver.findElements(By.cssSelector("#" + groupId + " vaadin-checkbox")).stream()
                .filter(box -> String.valueOf(box.getDomProperty("textContent")).trim().equals(label)).findFirst().orElse(null));
    }

    private static boolean isChecked(ConsoleBrowser browser, String groupId, String label) {
        return checkbox(browser, groupId, label).getAttribute("checked") != null;
    }

    private static void toggle(ConsoleBrowser browser, String groupId, String label) {
        WebElement box = checkbox(browser, groupId, label);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.findElement(By.cssSelector("input")).click();
        browser.awaitVaadin();
    }
}
