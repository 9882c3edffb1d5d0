package io.meridian.console.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, the menu by role, a wrong password's localized error, and Arabic turning the page right to left. */
class SignInAndLanguageIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aWrongPasswordIsRefusedInTheChosenLanguage() {
        ConsoleBrowser browser = session.browser();
        browser.open("login");
        browser.choose("language-switcher", "Deutsch");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bei Meridian anmelden"));
        browser.type("login-tenant", Platform.DEMO_TENANT);
        browser.type("login-email", "viewer@demo.example.com");
        browser.type("login-password", "not-the-password");
        browser.click("login-submit");
        // the API's problem title, localized by Accept-Language
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "Anmeldung"));
        assertThat(browser.documentAttribute("lang")).isEqualTo("de");
        browser.screenshot("login-de-error");
        browser.assertAccessible("login");
    }

    @Test
    void arabicTurnsThePageRightToLeftAndIsRemembered() {
        ConsoleBrowser browser = session.browser();
        // the compliance admin: a failure here cannot leave the data scientist of other journeys in Arabic
        browser.signIn("compliance@demo.example.com");
        assertThat(browser.documentAttribute("dir")).isEqualTo("ltr");
        browser.choose("language-switcher", "العربية");
        browser.await(driver -> "rtl".equals(browser.documentAttribute("dir")));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-out"), "تسجيل الخروج"));
        assertThat(browser.documentAttribute("lang")).isEqualTo("ar");
        browser.screenshot("dashboard-ar-rtl");
        browser.assertAccessible("dashboard in Arabic");

        // remembered in the user's profile: a new browser session starts in Arabic after signing in
        browser.click("sign-out");
        ConsoleBrowser again = session.restart();
        again.signIn("compliance@demo.example.com");
        again.await(driver -> "rtl".equals(again.documentAttribute("dir")));
        assertThat(again.text("sign-out")).isEqualTo("تسجيل الخروج");
        again.choose("language-switcher", "English");
        again.await(driver -> "ltr".equals(again.documentAttribute("dir")));
    }

    @Test
    void aViewerSeesTheViewsButNoUploadNorSubmitForm() {
        ConsoleBrowser browser = session.browser();
        browser.signIn("viewer@demo.example.com");
        assertThat(browser.exists("nav-dashboard")).isTrue();
        assertThat(browser.exists("dashboard-alerts")).as("policy alerts are for compliance and tenant admins").isFalse();
        browser.screenshot("dashboard-viewer");
        browser.assertAccessible("dashboard");
        browser.navigate("nav-datasets", "datasets");
        assertThat(browser.exists("dataset-list-section")).isTrue();
        assertThat(browser.exists("dataset-upload-section")).isFalse();
        browser.navigate("nav-training", "training");
        assertThat(browser.exists("job-list-section")).isTrue();
        assertThat(browser.exists("job-submit-section")).isFalse();
    }
}
