package io.meridian.console.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, the menu by role, a wrong password's localized error, and Arabic turning the page right to left. */
class SignInAndLanguageIT {

    private ConsoleBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(Platform.get());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aWrongPasswordIsRefusedInTheChosenLanguage() {
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
        browser.signIn("scientist@demo.example.com");
        assertThat(browser.documentAttribute("dir")).isEqualTo("ltr");
        browser.choose("language-switcher", "العربية");
        browser.await(driver -> "rtl".equals(browser.documentAttribute("dir")));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-out"), "تسجيل الخروج"));
        assertThat(browser.documentAttribute("lang")).isEqualTo("ar");
        browser.screenshot("dashboard-ar-rtl");
        browser.assertAccessible("dashboard in Arabic");

        // remembered in the user's profile: a new browser session starts in Arabic after signing in
        browser.click("sign-out");
        browser.close();
        browser = new ConsoleBrowser(Platform.get());
        browser.signIn("scientist@demo.example.com");
        browser.await(driver -> "rtl".equals(browser.documentAttribute("dir")));
        assertThat(browser.text("sign-out")).isEqualTo("تسجيل الخروج");
        browser.choose("language-switcher", "English");
        browser.await(driver -> "ltr".equals(browser.documentAttribute("dir")));
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayUse() {
        browser.signIn("viewer@demo.example.com");
        assertThat(browser.driver().findElements(By.id("nav-dashboard"))).hasSize(1);
        browser.screenshot("dashboard-viewer");
        browser.assertAccessible("dashboard");
    }
}
