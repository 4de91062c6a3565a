package org.resolute.audit.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.resolute.audit.AuditFilter;
import org.resolute.audit.AuditTrail;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.i18n.Formats;

/** An auditor's home page shows how many entries they may see and how many still wait to be sealed. */
@Component
class AuditHomeCard implements HomeCard.Source {

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditHomeCard(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (!viewer.has(Role.AUDITOR)) {
            return List.of();
        }
        Formats words = new Formats(LocaleContextHolder.getLocale(), messages);
        return Viewers.runAs(viewer, () -> {
            long unsealed = trail.countUnsealed();
            return List.of(new HomeCard(words.message("audit.home.title"),
                    words.number(trail.count(AuditFilter.NONE)), unsealed == 0 ? words.message("audit.home.sealed")
                            : words.message("audit.home.unsealed", words.number(unsealed)), "/audit"));
        });
    }
}
