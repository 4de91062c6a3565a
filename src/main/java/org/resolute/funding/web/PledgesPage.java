package org.resolute.funding.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.funding.api.ContributionQuery;
import org.resolute.funding.domain.BoardMeeting;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.NewPledge;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.Pledges;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pledges: the filtered list and its CSV; fund managers announce, confirm at a Board meeting, cancel. */
@Controller
class PledgesPage {

    private final Pledges pledges;
    private final FundBook register;
    private final MessageSource messages;

    PledgesPage(Pledges pledges, FundBook register, MessageSource messages) {
        this.pledges = pledges;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/funding/pledges")
    String list(ContributionQuery query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model) {
        ContributionFilter filter = ContributionFilterBar.addTo(query, model, register);
        model.addAttribute("sort", sort);
        model.addAttribute("result", pledges.search(filter, new PageQuery(page, 25, sort)));
        String meetingsFund = filter.fund() == null ? "ANATF" : filter.fund();
        model.addAttribute("meetingsFund", meetingsFund);
        model.addAttribute("meetings", register.boardMeetings(meetingsFund));
        return "funding/pledges";
    }

    @GetMapping("/funding/pledges.csv")
    ResponseEntity<String> export(ContributionQuery query) {
        CsvDownload csv = new CsvDownload("id", "donor", "fund", "first_year", "last_year", "annual_amount",
                "currency", "status", "announced_on", "board_meeting", "source", "provenance_status", "marking");
        for (Pledge pledge : pledges.list(query.filter())) {
            csv.line(pledge.id().toString(), pledge.donor(), pledge.fund(), "" + pledge.firstYear(),
                    "" + pledge.lastYear(), pledge.annualAmount().amount().toPlainString(),
                    pledge.annualAmount().currencyCode(), pledge.status().name(), pledge.announcedOn().toString(),
                    pledge.boardMeeting() == null ? "" : pledge.boardMeeting().toString(),
                    pledge.provenance().source(), pledge.provenance().status().name(), pledge.marking().toString());
        }
        return csv.as("pledges.csv");
    }

    @PostMapping("/funding/pledges")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    String announce(PledgeForm form, HttpServletRequest request, RedirectAttributes redirect) {
        FormCheck check = new FormCheck(request);
        NewPledge read = form.read(check);
        Pledge pledge = read == null ? null : check.read(() -> pledges.announce(read));
        if (pledge == null) {
            return check.back(redirect, "/funding/pledges");
        }
        Formats formats = Formats.forReader(messages);
        redirect.addFlashAttribute("notice", Notice.of("funding.pledge.notice.announced",
                register.donor(pledge.donor()).name(), pledge.fund(), formats.money(pledge.annualAmount()),
                years(pledge)));
        return "redirect:/funding/pledges?fund=" + pledge.fund() + "&donor=" + pledge.donor();
    }

    @PostMapping("/funding/pledges/{id}/confirmation")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    String confirm(@PathVariable UUID id, @RequestParam UUID boardMeeting, HttpServletRequest request,
            RedirectAttributes redirect) {
        FormCheck check = new FormCheck(request);
        Pledge pledge = check.read(() -> pledges.confirm(id, boardMeeting));
        if (pledge == null) {
            return check.back(redirect, "/funding/pledges");
        }
        redirect.addFlashAttribute("notice", Notice.of("funding.pledge.notice.confirmed",
                register.donor(pledge.donor()).name(),
                Formats.forReader(messages).date(register.boardMeeting(boardMeeting).heldOn())));
        return "redirect:/funding/pledges?fund=" + pledge.fund() + "&donor=" + pledge.donor();
    }

    @PostMapping("/funding/pledges/{id}/cancellation")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    String cancel(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
        FormCheck check = new FormCheck(request);
        Pledge pledge = check.read(() -> pledges.cancel(id));
        if (pledge == null) {
            return check.back(redirect, "/funding/pledges");
        }
        redirect.addFlashAttribute("notice", Notice.of("funding.pledge.notice.cancelled",
                register.donor(pledge.donor()).name(), years(pledge)));
        return "redirect:/funding/pledges?fund=" + pledge.fund() + "&donor=" + pledge.donor();
    }

    @PostMapping("/funding/board-meetings")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    String recordMeeting(MeetingForm form, HttpServletRequest request, RedirectAttributes redirect) {
        FormCheck check = new FormCheck(request);
        MeetingForm.Meeting read = form.read(check);
        BoardMeeting meeting = read == null ? null
                : check.read(() -> register.recordBoardMeeting(read.fund(), read.heldOn(), read.title(), null));
        if (meeting == null) {
            return check.back(redirect, "/funding/pledges");
        }
        redirect.addFlashAttribute("notice", Notice.of("funding.meeting.notice.recorded", meeting.title(),
                Formats.forReader(messages).date(meeting.heldOn())));
        return "redirect:/funding/pledges?fund=" + meeting.fund();
    }

    /** "2021" or "2021–2024", as the pledge list writes a pledge's years. */
    static String years(Pledge pledge) {
        return pledge.firstYear() == pledge.lastYear() ? Integer.toString(pledge.firstYear())
                : pledge.firstYear() + "\u2013" + pledge.lastYear();
    }
}
