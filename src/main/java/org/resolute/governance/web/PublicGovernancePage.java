package org.resolute.governance.web;

import java.util.List;

import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.governance.domain.Meeting;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of meetings and decisions: only what is marked PUBLIC, whoever is looking. */
@Controller
class PublicGovernancePage {

    private final MeetingBook meetings;
    private final DecisionBook decisions;

    PublicGovernancePage(MeetingBook meetings, DecisionBook decisions) {
        this.meetings = meetings;
        this.decisions = decisions;
    }

    /** A public meeting and the public decisions taken at it. */
    record Item(Meeting meeting, List<Decision> decisions) {
    }

    @GetMapping("/public/governance")
    String show(Model model) {
        Viewers.runAs(Viewer.ANONYMOUS, () -> {
            model.addAttribute("items", meetings.list(GovernanceFilter.ALL).stream()
                    .map(meeting -> new Item(meeting, decisions.takenAt(meeting.id()))).toList());
            model.addAttribute("unattached", decisions.list(GovernanceFilter.ALL).stream()
                    .filter(decision -> decision.meeting() == null).toList());
        });
        return "governance/public";
    }
}
