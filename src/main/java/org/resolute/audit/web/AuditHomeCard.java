package org.resolute.audit.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.resolute.audit.AuditFilter;
import org.resolute.audit.AuditTrail;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Component;

/** An auditor's home page shows how many entries they may see and how many still wait to be sealed. */
@Component
class AuditHomeCard implements HomeCard.Source {

    private final AuditTrail trail;

    AuditHomeCard(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (!viewer.has(Role.AUDITOR)) {
            return List.of();
        }
        return Viewers.runAs(viewer, () -> {
            NumberFormat figures = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            long unsealed = trail.countUnsealed();
            return List.of(new HomeCard("Audit trail entries", figures.format(trail.count(AuditFilter.NONE)),
                    unsealed == 0 ? "All sealed into the hash chain"
                            : figures.format(unsealed) + " not yet sealed into the hash chain",
                    "/audit"));
        });
    }
}
