package org.resolute.force.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Signed-in staff see on their home page the force as of today, from the reports they may see. */
@Component
class ForceHomeCard implements HomeCard.Source {

    private final StrengthReports strength;
    private final Clock clock;
    private final MessageSource messages;

    ForceHomeCard(StrengthReports strength, Clock clock, MessageSource messages) {
        this.strength = strength;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        return Viewers.runAs(viewer, () -> {
            StrengthPicture picture = strength.asOf(LocalDate.now(clock));
            Formats formats = new Formats(LocaleContextHolder.getLocale(), messages);
            String caption = formats.message(picture.includesIllustrative() ? "force.home.captionIllustrative"
                    : "force.home.caption", formats.number(picture.nationCount()));
            return List.of(new HomeCard(formats.message("force.home.title"), formats.number(picture.totalTroops()),
                    caption, "/force/strength/charts"));
        });
    }
}
