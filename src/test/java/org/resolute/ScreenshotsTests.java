package org.resolute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Screenshots of the main pages in English and French, for a reviewer to look at (scripts/screenshots.sh runs
 * it; nothing is committed). The pages, and who looks at each, are listed in {@code screenshots.txt}.
 */
@InBrowser
@EnabledIfSystemProperty(named = "resolute.screenshots", matches = ".+")
class ScreenshotsTests {

    @LocalServerPort
    int port;

    @Test
    void mainPagesInBothLanguages(Page page) throws IOException {
        Path folder = Path.of(System.getProperty("resolute.screenshots"));
        Files.createDirectories(folder);
        List<String[]> shots = Files.readAllLines(Path.of("src/test/resources/screenshots.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.trim().split("\\s+"))
                .toList();
        for (String language : List.of("en", "fr")) {
            String signedIn = null;
            for (String[] shot : shots) {
                String user = shot[0];
                if ("fr".equals(language)) {
                    Reader.inFrench(page);
                } else {
                    Reader.inEnglish(page);
                }
                if (!user.equals(signedIn)) {
                    page.context().clearCookies();
                    if (!"anonymous".equals(user)) {
                        Reader.signIn(page, port, user);
                    }
                    signedIn = user;
                }
                page.navigate("http://localhost:" + port + shot[1]);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(folder.resolve(shot[2] + "-" + language + ".png")));
            }
        }
    }
}
