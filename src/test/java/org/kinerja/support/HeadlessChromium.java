package org.kinerja.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser). Fails, never skips,
 * when either is missing. Closing quits the WebDriver session before stopping the driver, so no Chromium is orphaned.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String INSTALL = "apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver";

    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(ChromeDriverService service, Path profile, WebDriver driver) {
        this.service = service;
        this.profile = profile;
        this.driver = driver;
    }

    public static HeadlessChromium start() {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new AssertionError(binary + " is missing: the browser tests drive Debian's Chromium. Install it with: " + INSTALL);
            }
        }
        // An explicit driver path: Selenium Manager is skipped and never downloads anything.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        Path profile;
        try {
            service.start();
            profile = Files.createTempDirectory("kinerja-chromium-");
        } catch (IOException e) {
            service.stop();
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
        try {
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
            return new HeadlessChromium(service, profile, driver);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Fills Kinerja's login page ({@code /masuk}), which the browser must be showing, and submits it. */
    public void signInToKinerja(String user, String password) {
        driver.findElement(org.openqa.selenium.By.id("pengguna")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("sandi")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("tombol-masuk")).click();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not delete " + profile + ": " + e);
            }
        }
    }

    /** The viewport of a desktop (1366×900) or a phone (390×844, emulated as mobile below 600 px). */
    public static void viewport(WebDriver driver, int width, int height) {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** How far the page scrolls sideways, in CSS pixels (0 or less: it does not). */
    public static long horizontalOverflow(WebDriver driver) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    /** A screenshot of the whole page, not only the viewport (Chrome DevTools' captureBeyondViewport). */
    @SuppressWarnings("unchecked")
    public static byte[] fullPage(WebDriver driver) {
        org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) driver;
        java.util.Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of());
        java.util.Map<String, Object> content = (java.util.Map<String, Object>) metrics.get("cssContentSize");
        java.util.Map<String, Object> clip = java.util.Map.of("x", 0, "y", 0, "width", ((Number) content.get("width")).doubleValue(),
                "height", ((Number) content.get("height")).doubleValue(), "scale", 1);
        java.util.Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * Signs in on Tasklist's own login form and waits until the filters show. Each field is retyped until it holds what
     * was typed (AngularJS may still be binding the form when it first shows); a refused login fails at once with
     * Tasklist's message instead of waiting for filters that will never come. The first Tasklist page of a JVM loads
     * the whole bundle, so the filters get up to a minute.
     */
    public static void signInToTasklist(WebDriver driver, int port, String user, String password) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
                Duration.ofSeconds(60), Duration.ofMillis(100));
        org.openqa.selenium.By username = org.openqa.selenium.By.cssSelector("form[name=signinForm] input[ng-model=username]");
        org.openqa.selenium.By secret = org.openqa.selenium.By.cssSelector("form[name=signinForm] input[ng-model=password]");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(username));
        // Tasklist moves the focus to the user name a moment after the form shows; keys typed into the password field
        // before that went on into the user name ("<nip><password>", refused: seen in CI). Let the focus land first,
        // then check both fields together until each holds exactly its own text.
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(3), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.activeElement === arguments[0]", d.findElement(username))));
        } catch (org.openqa.selenium.TimeoutException noAutofocus) {
            // no autofocus in this version: nothing to wait for
        }
        typeUntilHeld(wait, username, user);
        typeUntilHeld(wait, secret, password);
        wait.until(d -> {
            if (holds(d, username, user) && holds(d, secret, password)) {
                return true;
            }
            retypeIfWrong(d, username, user);
            retypeIfWrong(d, secret, password);
            return false;
        });
        driver.findElement(org.openqa.selenium.By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        org.openqa.selenium.By filters = org.openqa.selenium.By.cssSelector(".task-filters .task-filter");
        org.openqa.selenium.By refused = org.openqa.selenium.By.cssSelector(".alert-danger");
        wait.until(d -> !d.findElements(filters).isEmpty() && d.findElement(filters).isDisplayed()
                || d.findElements(refused).stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed));
        driver.findElements(refused).stream().filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().ifPresent(alert -> {
            throw new AssertionError("Tasklist refused the login of " + user + ": " + alert.getText());
        });
    }

    private static boolean holds(WebDriver driver, org.openqa.selenium.By field, String text) {
        return text.equals(driver.findElement(field).getDomProperty("value"));
    }

    /** Types the text again into a field that does not hold exactly it. */
    private static void retypeIfWrong(WebDriver driver, org.openqa.selenium.By field, String text) {
        if (!holds(driver, field, text)) {
            org.openqa.selenium.WebElement input = driver.findElement(field);
            input.clear();
            input.sendKeys(text);
        }
    }

    /** What {@link #signInToTasklist} throws when typing into the login form changes nothing. */
    public static final String INPUT_BLOCKED = "Typing into the Tasklist login form did nothing";

    private static void typeUntilHeld(org.openqa.selenium.support.ui.WebDriverWait wait, org.openqa.selenium.By field, String text) {
        try {
            wait.until(d -> {
                retypeIfWrong(d, field, text);
                return holds(d, field, text);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(INPUT_BLOCKED + " (the field holds '" + wait.until(d -> d.findElement(field)).getDomProperty("value")
                    + "'). The browser is blocking input to the page, typically with a native HTTP Basic 'Sign in' dialog: Tasklist "
                    + "asks GET /camunda-welcome on a first visit.", e);
        }
    }

    /**
     * Signs the browser out of whoever was signed in (its cookies dropped) and in again as {@code user} on Kinerja's
     * login page, then opens {@code path}, which that person may not see: at a desktop (1366×900) and a phone (390×844)
     * the page is Kinerja's Indonesian refusal page ("Akses ditolak" with {@code detail}), never Spring's English one,
     * and it does not scroll sideways.
     */
    public void assertRefusedInBahasa(int port, String user, String password, String path, String detail) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30),
                Duration.ofMillis(100));
        step(driver, "sign in as " + user, () -> {
            driver.manage().deleteAllCookies();
            driver.get("http://localhost:" + port + "/masuk");
            signInToKinerja(user, password);
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/beranda"));
        });
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            step(driver, "refused " + path + " at " + size[0] + " px", () -> {
                viewport(driver, size[0], size[1]);
                driver.get("http://localhost:" + port + path);
                org.openqa.selenium.WebElement message = wait.until(
                        org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("pesan-galat")));
                org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
                org.assertj.core.api.Assertions.assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("id");
                org.assertj.core.api.Assertions.assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText())
                        .isEqualTo("Akses ditolak");
                org.assertj.core.api.Assertions.assertThat(message.getText()).contains(detail);
                org.assertj.core.api.Assertions.assertThat(driver.findElement(org.openqa.selenium.By.tagName("body")).getText())
                        .contains("Kode status 403").doesNotContain("Whitelabel", "Forbidden");
                org.assertj.core.api.Assertions.assertThat(horizontalOverflow(driver)).as("horizontal page scroll at " + size[0] + " px")
                        .isLessThanOrEqualTo(0);
            });
        }
    }

    /** Where a failed browser step leaves its screenshot and page source. */
    public static final Path ARTIFACTS = Path.of("target", "browser").toAbsolutePath();

    /** One step of a browser test. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** Runs one step; on failure saves a screenshot and the page source and names them in the assertion message. */
    public static void step(WebDriver driver, String name, Step step) {
        try {
            step.run();
        } catch (Throwable failure) {
            throw new AssertionError("Browser step '" + name + "' failed: " + failure.getMessage() + "\n" + saveEvidence(driver, name),
                    failure);
        }
    }

    private static String saveEvidence(WebDriver driver, String step) {
        try {
            Files.createDirectories(ARTIFACTS);
            String base = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                    + step.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
            Path png = ARTIFACTS.resolve(base + ".png");
            Path html = ARTIFACTS.resolve(base + ".html");
            Files.write(png, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(html, driver.getCurrentUrl() + "\n" + driver.getPageSource(), java.nio.charset.StandardCharsets.UTF_8);
            // what the page showed, in the failure message itself: CI keeps the output, not the files
            String shown = driver.findElements(org.openqa.selenium.By.tagName("body")).stream().findFirst()
                    .map(org.openqa.selenium.WebElement::getText).orElse("(no body)").replaceAll("\\s+", " ").trim();
            return "URL: " + driver.getCurrentUrl() + "\nPage text: " + (shown.length() > 800 ? shown.substring(0, 800) + " …" : shown)
                    + "\nScreenshot: " + png + "\nPage source: " + html;
        } catch (Exception e) {
            return "(no screenshot or page source could be saved: " + e + ")";
        }
    }
}
