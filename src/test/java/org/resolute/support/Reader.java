package org.resolute.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A person reading Resolute in Chromium: signs in through the sign-in form, reads in English or French (the
 * browser's language, as a new visitor's would be), and checks that what the page shows is words, not codes:
 * no message key left unresolved, no code such as {@code DONOR_REPRESENTATIVE} or {@code ANNOUNCED} (any constant
 * of Resolute's enums), no amount written as {@code 3150000000.00 USD}, no cut identifier such as
 * {@code 01a24c78}. What a page shows as an identifier on purpose, in a {@code <code>} element (a record's id in
 * the audit trail, which auditors search by), is not read as words.
 */
public final class Reader {

    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern SNAKE_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern RAW_MONEY = Pattern.compile("\\b\\d{4,}\\.\\d{2,4} [A-Z]{3}\\b");
    private static final Pattern CUT_ID = Pattern.compile("(?<![0-9a-fA-F-])[0-9a-f]{8}(?![0-9a-fA-F-])");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]{3,}\\b");
    /** Enum constants that are also how the world writes the thing (acronyms and the like). */
    private static final Set<String> WORDS_AS_WRITTEN = Set.of("NATO", "UNDP", "IATI", "PDF", "CSV", "API", "USD",
            "EUR", "GBP");
    private static volatile Set<String> codes;

    private Reader() {
    }

    /** Reads in French from now on (the browser asks for French first, as a French-speaking visitor's does). */
    public static void inFrench(Page page) {
        page.setExtraHTTPHeaders(Map.of("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"));
    }

    /** Reads in English (the browser asks for English). */
    public static void inEnglish(Page page) {
        page.setExtraHTTPHeaders(Map.of("Accept-Language", "en-GB,en;q=0.9"));
    }

    /** Signs in through the sign-in form as a demo account (password resolute-demo). */
    public static void signIn(Page page, int port, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("resolute-demo");
        page.locator("form#login-form button[type=submit], form[action$='/login'] button[type=submit]").first()
                .click();
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
    }

    /** What the page shows that is not words: codes, message keys, raw amounts, cut identifiers. */
    public static List<String> notWords(Page page) {
        String text = page.title() + "\n" + page.locator("body").innerText();
        for (String identifier : page.locator("body code").allInnerTexts()) {
            text = text.replace(identifier, " ");
        }
        List<String> found = new ArrayList<>();
        collect(UNRESOLVED, text, found);
        collect(SNAKE_CODE, text, found);
        collect(RAW_MONEY, text, found);
        collect(CUT_ID, text, found);
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (codes().contains(words.group()) && !WORDS_AS_WRITTEN.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found;
    }

    /**
     * Opens the page in English, then in French, and fails when either shows anything but words or the French one
     * is not marked French. The browser asks for French afterwards.
     */
    public static void readsInBothLanguages(Page page, String url) {
        inEnglish(page);
        page.navigate(url);
        seesOnlyWords(page);
        inFrench(page);
        page.navigate(url);
        assertThat(page.locator("html").getAttribute("lang")).as("the page's language on " + url).isEqualTo("fr");
        seesOnlyWords(page);
    }

    /** Fails when the page shows anything but words (see {@link #notWords(Page)}). */
    public static void seesOnlyWords(Page page) {
        assertThat(notWords(page)).as("codes or keys shown on " + page.url()).isEmpty();
    }

    /** The sign-out button, in whichever language the page is in. */
    public static void signOut(Page page) {
        page.locator("form[action$='/logout'] button").click();
        page.getByRole(AriaRole.MAIN).waitFor();
    }

    private static void collect(Pattern pattern, String text, List<String> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
    }

    /** Every constant of Resolute's own enums: shown as such, it is a code, not a word. */
    private static Set<String> codes() {
        if (codes == null) {
            Set<String> all = new TreeSet<>();
            for (JavaClass type : new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.resolute")) {
                if (type.isEnum()) {
                    type.getEnumConstants().forEach(constant -> all.add(constant.name()));
                }
            }
            codes = Set.copyOf(all);
        }
        return codes;
    }
}
