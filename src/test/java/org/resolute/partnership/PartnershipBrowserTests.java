package org.resolute.partnership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partnership officer records a workshop with participants and a follow-up, then closes the follow-up. */
@InBrowser
class PartnershipBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theOfficerRecordsAWorkshopWithParticipantsAndAnOverdueFollowUpThenClosesIt(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("partnership");
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partnership").setExact(true)).click();
        assertThat(page.locator("#partnership-set-up")).containsText("Lisbon Summit");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an activity")).click();

        String title = "Browser workshop on defence education " + UUID.randomUUID();
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Partnership activity"));
        form.getByLabel("Kind").selectOption("WORKSHOP");
        form.getByLabel("Theme").selectOption("DEFENCE_EDUCATION");
        form.getByLabel("Title").fill(title);
        form.getByLabel("First day").fill("2020-02-03");
        form.getByLabel("Last day (optional)").fill("2020-02-05");
        form.getByLabel("Place").fill("Kabul");
        form.getByLabel("Organisers").fill("NATO Defence Education Enhancement Programme");
        form.getByLabel("Objectives").fill("Review the curricula");
        form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).fill("Browser test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save activity")).click();
        assertThat(page.locator("#activity-message")).containsText(title);

        Locator participant = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a participant"));
        participant.getByLabel("Participant kind").selectOption("HOST_INSTITUTION");
        participant.getByLabel("Name").fill("Afghan Ministry of Defence");
        participant.getByLabel("Nation", new Locator.GetByLabelOptions().setExact(true)).selectOption("AFG");
        participant.getByLabel("People").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add participant")).click();
        participant.getByLabel("Participant kind").selectOption("NATION");
        participant.getByLabel("Nation", new Locator.GetByLabelOptions().setExact(true)).selectOption("DEU");
        participant.getByLabel("People").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add participant")).click();
        assertThat(page.locator("#participants")).containsText("Afghan Ministry of Defence");
        assertThat(page.locator("#participants")).containsText("Germany");
        assertThat(page.locator("#people-reached")).hasText("8");

        Locator followUp = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a follow-up"));
        followUp.getByLabel("Action").fill("Send the revised curricula");
        followUp.getByLabel("Owner").fill("National Defence University");
        followUp.getByLabel("Due on").fill(LocalDate.of(2020, 3, 1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add follow-up")).click();
        Locator row = page.locator("#follow-ups tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Send the revised curricula"));
        assertThat(row).containsText("Overdue");

        row.getByLabel("Closing note").fill("Curricula received");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(page.locator("#activity-message")).containsText("Closed the follow-up");
        assertThat(row).containsText("Closed");
        assertThat(row).containsText("Curricula received");
        assertThat(row).not().containsText("Overdue");
    }

    @Test
    void everyPartnershipPageReadsInWordsInEnglishAndInFrench(Page page) {
        page.context().clearCookies();
        Reader.signIn(page, port, "partnership");
        page.navigate(url("/partnership/calendar?month=2018-04"));
        String activity = page.locator("#calendar-list a").first().getAttribute("href");
        for (String path : List.of("/partnership", "/partnership?theme=DEFENCE_EDUCATION&from=2017-01-01",
                "/partnership/calendar?month=2018-04", "/partnership/reports", activity,
                "/partnership/activities/new")) {
            Reader.readsInBothLanguages(page, url(path));
        }
        page.navigate(url("/partnership/calendar?month=2018-04"));
        assertThat(page.locator("#calendar-month")).hasText("Avril 2018");
        assertThat(page.locator("h1")).hasText("Calendrier du partenariat");
        page.navigate(url("/partnership/reports"));
        assertThat(page.locator("#follow-up-counts")).containsText("en retard au");
        Reader.inEnglish(page);
    }

    @Test
    void aRefusedActivityOrParticipantShowsItsErrorNextToTheFieldWithWhatWasTypedKept(Page page) {
        page.context().clearCookies();
        Reader.signIn(page, port, "partnership");
        for (String language : List.of("en", "fr")) {
            boolean french = "fr".equals(language);
            if (french) {
                Reader.inFrench(page);
            } else {
                Reader.inEnglish(page);
            }
            page.navigate(url("/partnership/activities/new"));
            page.locator("#title").fill("Workshop that ends before it starts");
            page.locator("#startsOn").fill("2020-02-05");
            page.locator("#endsOn").fill("2020-02-03");
            page.locator("#place").fill("Kabul");
            page.locator("#organisers").fill("NATO");
            page.locator("#objectives").fill("Review the curricula");
            page.locator("#source").fill("Browser test");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#endsOn")).hasClass(Pattern.compile("is-invalid"));
            assertThat(page.locator("#endsOn + #error-endsOn")).hasText(french ? "Le dernier jour précède le premier"
                    : "The last day comes before the first");
            assertThat(page.locator("#title")).hasValue("Workshop that ends before it starts");
            assertThat(page.locator("#endsOn")).hasValue("2020-02-03");
            Reader.seesOnlyWords(page);
        }
        Reader.inEnglish(page);
        page.navigate(url("/partnership/calendar?month=2018-04"));
        page.locator("#calendar-list a").first().click();
        Locator participant = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a participant"));
        participant.getByLabel("Participant kind").selectOption("NATION");
        participant.getByLabel("Role").fill("delegation");
        participant.getByLabel("People").fill("4");
        participant.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#participant-nation")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#participant-nation + #error-nation"))
                .hasText("A nation taking part needs its nation");
        assertThat(page.locator("#participant-role")).hasValue("delegation");
        assertThat(page.locator("#participant-headcount")).hasValue("4");
        assertThat(page.locator("#participant-kind")).hasValue("NATION");
        Reader.seesOnlyWords(page);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
