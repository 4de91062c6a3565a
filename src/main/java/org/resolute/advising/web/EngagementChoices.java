package org.resolute.advising.web;

import org.resolute.advising.domain.StructureBook;
import org.resolute.kernel.Classification;
import org.resolute.mission.Posture;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an engagement is chosen from, alike on the list's filter bar and on the form: the host institutions, areas
 * and pillars, the commands, the contributing nations, the classifications, and the names to show them by.
 */
@Component
class EngagementChoices {

    private final StructureBook structure;
    private final Posture posture;
    private final Nations nations;
    private final NameBook names;

    EngagementChoices(StructureBook structure, Posture posture, Nations nations, NameBook names) {
        this.structure = structure;
        this.posture = posture;
        this.nations = nations;
        this.names = names;
    }

    void addTo(Model model) {
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("areas", structure.areas());
        model.addAttribute("pillars", structure.pillars());
        model.addAttribute("commands", posture.commands());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("nations", nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .map(ContributingNation::nation).toList());
        model.addAttribute("names", names.names());
    }
}
