package org.resolute.governance.web;

import java.util.List;

import org.resolute.governance.Decision;
import org.resolute.governance.Decisions;
import org.resolute.governance.GovernanceFilter;
import org.resolute.governance.Meeting;
import org.resolute.governance.Meetings;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of meetings and decisions: only what is marked PUBLIC, whoever is looking. */
@Controller
class PublicGovernancePage {

    private final Meetings meetings;
    private final Decisions decisions;

    PublicGovernancePage(Meetings meetings, Decisions decisions) {
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
