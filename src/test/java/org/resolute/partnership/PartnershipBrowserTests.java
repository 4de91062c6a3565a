package org.resolute.partnership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
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

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partnership").setExact(true)).click();
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
        participant.getByLabel("Nation code").fill("AFG");
        participant.getByLabel("People").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add participant")).click();
        participant.getByLabel("Participant kind").selectOption("NATION");
        participant.getByLabel("Nation code").fill("DEU");
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
}
