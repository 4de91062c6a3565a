package org.resolute.audit.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.resolute.audit.AuditFilter;
import org.resolute.audit.AuditTrail;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.stereotype.Component;

/** An auditor's home page shows how many entries they may see and how many still wait to be sealed. */
@Component
class AuditHomeSection implements HomeSection.Source {

    private final AuditTrail trail;

    AuditHomeSection(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Predicate<Viewer> audience() {
        return viewer -> viewer.has(Role.AUDITOR);
    }

    @Override
    public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
        long unsealed = trail.countUnsealed();
        return Optional.of(HomeSection.of("audit", 60, words.message("audit.home.title"), "/audit",
                words.message("audit.home.link"), List.of(
                        new Figure(words.message("audit.home.entries"), words.number(trail.count(AuditFilter.NONE)),
                                words.message("audit.home.entriesDetail"), false),
                        new Figure(words.message("audit.home.unsealed"), words.number(unsealed),
                                unsealed == 0 ? words.message("audit.home.allSealed")
                                        : words.message("audit.home.toSeal"), false)),
                ""));
    }
}
