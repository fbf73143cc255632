package com.stagewise.web.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Headless Chromium for browser tests. Every page the test reaches (by address, click or form
 * submit) is checked with axe-core, and a serious or critical accessibility violation fails the test.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;
    private String lastChecked = "";

    private Browser(ChromeDriver chrome, Path profile) {
        this.chrome = chrome;
        this.profile = profile;
        this.driver = new EventFiringDecorator<WebDriver>(new AccessibilityListener()).decorate(chrome);
    }

    public static Browser desktop() {
        return start(new Dimension(1280, 900));
    }

    public static Browser phone() {
        return start(new Dimension(390, 844));
    }

    private static Browser start(Dimension size) {
        // Selenium Manager must never reach for the network
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("stagewise-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        if (new File(CHROMIUM).canExecute()) {
            options.setBinary(CHROMIUM);
        }
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + size.width + "," + size.height);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (new File(CHROMEDRIVER).canExecute()) {
            service.usingDriverExecutable(new File(CHROMEDRIVER));
        }
        ChromeDriver chrome = new ChromeDriver(service.build(), options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(chrome, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Checks the page as it is now, for changes made without a navigation. */
    public void checkAccessibility() {
        Results results = new AxeBuilder().analyze(chrome);
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!failing.isEmpty()) {
            String report = failing.stream()
                    .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("accessibility violations on " + chrome.getCurrentUrl() + ":\n" + report);
        }
        lastChecked = chrome.getCurrentUrl() + "#" + chrome.getPageSource().hashCode();
    }

    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chrome.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    public final class AccessibilityListener implements WebDriverListener {

        private WebElement pageBeforeClick;

        /**
         * A click on a link or a submit button may return before the next page replaces this one;
         * remembering this page lets {@link #afterClick} wait until it has gone.
         */
        @Override
        public void beforeClick(WebElement element) {
            String tag = element.getTagName();
            String type = String.valueOf(element.getAttribute("type"));
            boolean navigates = "a".equals(tag) || "button".equals(tag) && !"button".equals(type)
                    || "input".equals(tag) && "submit".equals(type);
            pageBeforeClick = navigates ? chrome.findElement(By.tagName("html")) : null;
        }

        @Override
        public void afterGet(WebDriver webDriver, String url) {
            checkIfChanged();
        }

        @Override
        public void afterClick(WebElement element) {
            if (pageBeforeClick != null) {
                try {
                    new WebDriverWait(chrome, Duration.ofSeconds(5))
                            .until(ExpectedConditions.stalenessOf(pageBeforeClick));
                } catch (TimeoutException sameDocument) {
                    // an in-page link (#anchor) or a refused submit leaves the page where it was
                }
                new WebDriverWait(chrome, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                        ((JavascriptExecutor) driver).executeScript("return document.readyState")));
                pageBeforeClick = null;
            }
            checkIfChanged();
        }

        @Override
        public void afterSubmit(WebElement element) {
            checkIfChanged();
        }

        private void checkIfChanged() {
            String now = chrome.getCurrentUrl() + "#" + chrome.getPageSource().hashCode();
            if (!now.equals(lastChecked)) {
                checkAccessibility();
            }
        }
    }
}
