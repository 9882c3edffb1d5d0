package io.meridian.console.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data scientist's day: upload a CSV with personal data (schema and PII report shown), submit a job on
 * it, watch it train to the end (progress bar, loss/accuracy chart, log); have a wrong hyperparameter
 * refused with the API's own message under the field; cancel a long job, retry it, cancel the retry.
 */
class DatasetAndTrainingIT {

    private static final String SCIENTIST = "scientist@demo.example.com";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void uploadADatasetTrainOnItAndWatchTheJobFinish() throws IOException {
        ConsoleBrowser browser = session.browser();
        browser.signIn(SCIENTIST);
        browser.screenshot("dashboard-scientist");
        browser.assertAccessible("dashboard");

        browser.navigate("nav-datasets", "datasets");
        browser.screenshot("datasets");
        browser.assertAccessible("datasets");
        String name = "console-churn-" + System.nanoTime();
        Path csv = churnCsv(name, 200);
        browser.upload("dataset-file", csv);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("dataset-file-status"), csv.getFileName().toString()));
        browser.type("dataset-label-column", "label");
        browser.click("dataset-submit");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("dataset-details-heading"), name), Duration.ofSeconds(30));
        assertThat(browser.text("dataset-summary")).contains("200").contains("eu-west").contains("label");
        assertThat(browser.text("dataset-schema")).contains("x1").contains("contact").contains("Label column");
        // the emails are personal data: found, and treated as the eu-west policy says
        assertThat(browser.text("dataset-pii")).contains("contact").contains("EMAIL").contains("PSEUDONYMIZE");
        browser.screenshot("dataset-uploaded");
        browser.assertAccessible("dataset details");

        browser.navigate("nav-training", "training");
        browser.screenshot("training");
        browser.assertAccessible("training");
        browser.type("job-model", "console-churn");
        browser.choose("job-dataset", name + " (CSV, eu-west)");
        browser.choose("job-trainer", "tribuo-logistic-regression");
        browser.type("job-hyperparameters", "{\"epochs\": 8}");
        browser.click("job-submit");

        browser.element("job-detail");
        browser.await(driver -> "SUCCEEDED".equals(browser.element("job-state").getAttribute("data-state")), Duration.ofSeconds(120));
        // the last poll drew the whole curve and filled the bar
        browser.await(driver -> "8".equals(browser.element("job-chart").getAttribute("data-epochs")));
        assertThat(browser.element("job-chart").findElements(By.tagName("img"))).hasSize(1);
        assertThat(browser.element("job-progress").getAttribute("value")).isEqualTo("1");
        assertThat(browser.text("job-progress-text")).contains("Epoch 8 of 8");
        assertThat(browser.text("job-logs")).contains("epoch 8/8");
        assertThat(browser.text("job-facts")).contains("console-churn v");
        assertThat(browser.exists("job-cancel") && browser.element("job-cancel").isDisplayed()).isFalse();
        browser.screenshot("job-succeeded");
        browser.assertAccessible("training job");
    }

    @Test
    void aJobIsValidatedAsTheApiDoesThenCancelledAndRetried() throws IOException {
        ConsoleBrowser browser = session.browser();
        browser.signIn(SCIENTIST);
        browser.navigate("nav-datasets", "datasets");
        // big enough that 1,000 epochs take minutes: the job is still running when it is cancelled
        String name = "console-long-" + System.nanoTime();
        Path csv = churnCsv(name, 20_000);
        browser.upload("dataset-file", csv);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("dataset-file-status"), csv.getFileName().toString()));
        browser.click("dataset-submit");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("dataset-details-heading"), name), Duration.ofSeconds(30));

        browser.navigate("nav-training", "training");
        browser.type("job-model", "console-long");
        browser.choose("job-dataset", name + " (CSV, eu-west)");
        browser.choose("job-trainer", "tribuo-logistic-regression");
        browser.type("job-hyperparameters", "{\"epochs\": 0}");
        browser.click("job-submit");
        browser.await(driver -> browser.element("job-hyperparameters").getAttribute("invalid") != null);
        assertThat(browser.property("job-hyperparameters", "errorMessage"))
                .contains("hyperparameters.epochs").contains("1");
        // and the problem's localized title as a notification, no stack trace
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".api-error")));
        assertThat(browser.driver().findElement(By.cssSelector(".api-error")).getText()).contains("Invalid").doesNotContain("Exception");
        assertThat(browser.exists("job-detail")).isFalse();
        browser.screenshot("training-invalid");
        browser.assertAccessible("training with an API error shown");

        // a long job: cancelled while it runs, retried as a new job, cancelled again
        browser.type("job-hyperparameters", "{\"epochs\": 1000}");
        browser.click("job-submit");
        String first = cancelWhenCancellable(browser);
        assertThat(browser.element("job-retry").isDisplayed()).isTrue();
        browser.screenshot("job-cancelled");
        browser.assertAccessible("cancelled training job");
        browser.click("job-retry");
        browser.await(driver -> !driver.getCurrentUrl().endsWith(first));
        browser.await(driver -> browser.element("job-cancel").isDisplayed());
        String retried = browser.driver().getCurrentUrl();

        // while it runs or waits, the dashboard lists it
        browser.navigate("nav-dashboard", "dashboard");
        assertThat(browser.text("active-jobs")).contains("console-long").contains("tribuo-logistic-regression");
        browser.screenshot("dashboard-active-job");
        browser.driver().get(retried);
        browser.awaitVaadin();
        String second = cancelWhenCancellable(browser);
        assertThat(second).isNotEqualTo(first);
    }

    /** Waits until the job may be cancelled, cancels it and waits for the end; answers the job's id from the address. */
    private static String cancelWhenCancellable(ConsoleBrowser browser) {
        browser.element("job-detail");
        browser.await(driver -> browser.element("job-cancel").isDisplayed());
        String url = browser.driver().getCurrentUrl();
        browser.click("job-cancel");
        browser.await(driver -> "CANCELLED".equals(browser.element("job-state").getAttribute("data-state")), Duration.ofSeconds(60));
        assertThat(browser.element("job-cancel").isDisplayed()).isFalse();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Customers with two informative features, an email column (personal data) and the label. */
    private static Path churnCsv(String name, int rows) throws IOException {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("x1,x2,contact,label\n");
        for (int i = 0; i < rows; i++) {
            boolean churn = random.nextBoolean();
            int centre = churn ? 1 : -1;
            csv.append(String.format(java.util.Locale.ROOT, "%.3f,%.3f,customer%d@example.com,%s%n", centre + random.nextDouble() * 2 - 1,
                    centre + random.nextDouble() * 2 - 1, i, churn ? "churn" : "stay"));
        }
        Path file = Files.createTempDirectory("console-it-").resolve(name + ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
