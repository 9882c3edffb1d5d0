package io.meridian.console.browser;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Steps for pages longer than the window (a model's page, the playground): the console's content
 * scrolls inside the app layout, not the window, so an element is first scrolled to the middle of the
 * view, where a click reaches it.
 */
final class LongPageSteps {

    private LongPageSteps() {
    }

    static void reveal(ConsoleBrowser browser, String id) {
        PageSteps.reveal(browser, id);
    }

    static void click(ConsoleBrowser browser, String id) {
        PageSteps.click(browser, id);
    }

    static void choose(ConsoleBrowser browser, String id, String itemText) {
        reveal(browser, id);
        browser.choose(id, itemText);
    }

    static void type(ConsoleBrowser browser, String id, String text) {
        PageSteps.type(browser, id, text);
    }

    /**
     * Empties a Vaadin field as a user does, by deleting its text with keys: typing nothing fires no
     * input event, and the field would keep its old value.
     */
    static void clear(ConsoleBrowser browser, String id) {
        reveal(browser, id);
        var input = browser.element(id).findElement(org.openqa.selenium.By.cssSelector("input, textarea"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        browser.awaitVaadin();
    }

    /** Follows a link the way a click does (a link in a grid's cell is not where Selenium looks for it). */
    static void follow(ConsoleBrowser browser, String cssSelector) {
        var link = browser.await(driver -> driver.findElements(org.openqa.selenium.By.cssSelector(cssSelector)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", link);
        browser.awaitVaadin();
    }

    /** The text of an element including what components render into their light DOM (a grid's cells). */
    static String textContent(ConsoleBrowser browser, String id) {
        return PageSteps.content(browser, id);
    }
}
