package io.meridian.console.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh browser on the shared {@link Platform} for each test of a journey class
 * ({@code @RegisterExtension final BrowserSession session = new BrowserSession();}); when a test fails,
 * the page as it was is saved as {@code target/screenshots/failed-<class>-<test>.png}.
 */
public final class BrowserSession implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private ConsoleBrowser browser;

    public ConsoleBrowser browser() {
        return browser;
    }

    /** Closes this test's browser and opens a new one (a new browser session, no cookies). */
    public ConsoleBrowser restart() {
        browser.close();
        browser = new ConsoleBrowser(Platform.get());
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser = new ConsoleBrowser(Platform.get());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && browser != null) {
            try {
                browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException screenshotFailed) {
                context.getExecutionException().get().addSuppressed(screenshotFailed);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
