package io.meridian.console.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static io.meridian.console.browser.PageSteps.gridText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant admin's journey (an API key shown once, copied, revoked; a new user; the quota) and a
 * viewer who is offered neither the compliance nor the admin views and is sent away from their URLs.
 */
class AdminIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aTenantAdminCreatesAnApiKeySeesItOnceAndRevokesIt() {
        ConsoleBrowser browser = session.browser();
        browser.signIn("tenant-admin@demo.example.com");
        assertThat(browser.exists("nav-compliance-policies")).as("compliance is for compliance admins").isFalse();
        browser.navigate("nav-admin-api-keys", "api-keys");
        browser.type("api-key-name", "console-it-key");
        browser.click("api-key-create");

        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("api-key-secret")));
        String key = browser.property("api-key-secret", "value");
        assertThat(key).hasSizeGreaterThan(20);
        browser.screenshot("admin-api-key-created");
        browser.assertAccessible("the new key's dialog");
        // the browser may write to the clipboard here, as a user's click allows
        browser.driver().executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.click("api-key-copy");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("api-key-copied"), "Copied to the clipboard."));
        Object copied = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, error => done('unreadable: ' + error))");
        assertThat(copied).isEqualTo(key);
        browser.click("api-key-dialog-close");
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("api-key-secret")));

        // listed by its prefix only: the key itself is nowhere on the page any more
        browser.await(driver -> gridText(browser, "api-key-grid").contains("console-it-key"));
        assertThat(browser.driver().getPageSource()).doesNotContain(key);
        String row = gridText(browser, "api-key-grid");
        assertThat(row).contains("Active");
        browser.screenshot("admin-api-keys");
        browser.assertAccessible("API keys");

        browser.await(driver -> driver.findElements(By.cssSelector("[id^='api-key-revoke-']")).stream()
                .filter(button -> button.getAttribute("aria-label").contains("console-it-key")).findFirst().orElse(null)).click();
        browser.awaitVaadin();
        browser.click("api-key-revoke-confirm-button");
        browser.await(driver -> gridText(browser, "api-key-grid").contains("Revoked"));
    }

    @Test
    void aTenantAdminAddsAUserAndSeesTheQuotaAndWhoMayChangeIt() {
        ConsoleBrowser browser = session.browser();
        browser.signIn("tenant-admin@demo.example.com");
        browser.navigate("nav-admin-users", "users");
        browser.screenshot("admin-users");
        browser.assertAccessible("users");
        browser.type("user-email", "not-an-email");
        browser.type("user-name", "Console Test");
        browser.type("user-password", "short");
        browser.click("user-create");
        // the API's field errors, at the fields
        browser.await(driver -> browser.element("user-password").getAttribute("invalid") != null);
        assertThat(browser.property("user-password", "errorMessage")).contains("12");

        browser.type("user-email", "console-it-analyst@demo.example.com");
        browser.type("user-password", "a-long-enough-password");
        browser.driver().findElements(By.cssSelector("#user-roles vaadin-checkbox")).stream()
                .filter(box -> box.getText().trim().equals("Viewer")).findFirst().orElseThrow()
                .findElement(By.cssSelector("input")).click();
        browser.click("user-create");
        browser.await(driver -> gridText(browser, "user-grid").contains("console-it-analyst@demo.example.com"));

        browser.navigate("nav-admin-quota", "quota");
        assertThat(browser.text("quota-values")).contains("GPU");
        assertThat(browser.text("quota-who")).contains("Platform administrator");
        browser.screenshot("admin-quota");
        browser.assertAccessible("quota");
    }

    @Test
    void aViewerIsOfferedNeitherComplianceNorAdminAndIsSentAwayFromThem() {
        ConsoleBrowser browser = session.browser();
        browser.signIn("viewer@demo.example.com");
        for (String nav : List.of("nav-compliance-policies", "nav-compliance-audit", "nav-compliance-subject-requests",
                "nav-admin-users", "nav-admin-api-keys", "nav-admin-quota")) {
            assertThat(browser.exists(nav)).as(nav).isFalse();
        }
        Map<String, String> views = Map.of("compliance/policies", "policies", "compliance/audit", "audit",
                "compliance/subject-requests", "subject-requests", "admin/users", "users", "admin/api-keys", "api-keys", "admin/quota", "quota");
        views.forEach((path, view) -> {
            browser.open(path);
            browser.element("dashboard");
            assertThat(browser.exists(view)).as(path).isFalse();
        });
    }
}
