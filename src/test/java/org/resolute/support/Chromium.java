package org.resolute.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Debian's Chromium driven by Playwright (which never downloads a browser here): one browser per test class, a
 * fresh context and page per test, handed to the test as a {@link Page} parameter.
 */
public final class Chromium implements ExecutionCondition, BeforeEachCallback, AfterEachCallback, AfterAllCallback,
        ParameterResolver {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    static Path executable() {
        return Path.of(System.getProperty("resolute.chromium", "/usr/bin/chromium"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(executable())) {
            return ConditionEvaluationResult.enabled("Chromium at " + executable());
        }
        return Infrastructure.missing("no Chromium at " + executable());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = browser(context);
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        browserContext.setDefaultTimeout(15_000);
        context.getStore(NAMESPACE).put("page", browserContext.newPage());
        context.getStore(NAMESPACE).put("context", browserContext);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context.getStore(NAMESPACE).remove("page", Page.class);
        BrowserContext browserContext = context.getStore(NAMESPACE).remove("context", BrowserContext.class);
        if (browserContext != null) {
            browserContext.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser != null) {
            browser.close();
        }
        Playwright playwright = context.getStore(NAMESPACE).remove("playwright", Playwright.class);
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get("page", Page.class);
    }

    private Browser browser(ExtensionContext context) {
        ExtensionContext.Store classStore = context.getParent().orElseThrow().getStore(NAMESPACE);
        Browser browser = classStore.get("browser", Browser.class);
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            classStore.put("playwright", playwright);
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable()).setHeadless(true).setArgs(FLAGS));
            classStore.put("browser", browser);
        }
        return browser;
    }
}
