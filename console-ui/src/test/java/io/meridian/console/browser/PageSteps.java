package io.meridian.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;

/**
 * Steps of the compliance and admin journeys on long pages: the console's views scroll inside the app
 * layout, which Selenium's own scrolling and visible-text reading do not always reach.
 */
final class PageSteps {

    private PageSteps() {
    }

    /** Brings an element to the middle of the view, before a click or typing reaches for it. */
    static void reveal(ConsoleBrowser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.element(id));
    }

    /**
     * Picks an item of one select: the region selects share their labels, and a closed select's items
     * still count as displayed, so the item is looked for in this select (or its open overlay) only.
     */
    static void choose(ConsoleBrowser browser, String id, String itemText) {
        click(browser, id);
        browser.await(driver -> driver.findElements(By.cssSelector("#" + id + " vaadin-select-item, vaadin-select-overlay[opened] vaadin-select-item,"
                        + " vaadin-combo-box-overlay[opened] vaadin-combo-box-item, #" + id + " vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().trim().equals(itemText)).findFirst().orElse(null)).click();
        browser.awaitVaadin();
    }

    static void click(ConsoleBrowser browser, String id) {
        reveal(browser, id);
        browser.click(id);
    }

    static void type(ConsoleBrowser browser, String id, String text) {
        reveal(browser, id);
        browser.type(id, text);
    }

    /**
     * Waits out the notifications still open (the refused save's error lasts 8 s and follows the user
     * across views): axe is to judge the view, and the error card's white on red is below AA contrast.
     */
    static void awaitNotificationsClosed(ConsoleBrowser browser) {
        browser.await(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('vaadin-notification-card').length === 0"), Duration.ofSeconds(12));
    }

    /**
     * An element's text content: Selenium's visible text is empty for what is scrolled out of the app
     * layout's content area, and the policy page is longer than the window.
     */
    static String content(ConsoleBrowser browser, String id) {
        return String.valueOf(browser.element(id).getDomProperty("textContent")).trim();
    }

    /** The text of a Vaadin grid's rendered cells (they live in its light DOM). */
    static String gridText(ConsoleBrowser browser, String gridId) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content')).map(cell => cell.textContent).join('\\n')",
                browser.element(gridId));
    }
}
