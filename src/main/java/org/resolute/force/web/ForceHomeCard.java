package org.resolute.force.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Component;

/** Signed-in staff see on their home page the force as of today, from the reports they may see. */
@Component
class ForceHomeCard implements HomeCard.Source {

    private final StrengthReports strength;
    private final Clock clock;

    ForceHomeCard(StrengthReports strength, Clock clock) {
        this.strength = strength;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        return Viewers.runAs(viewer, () -> {
            StrengthPicture picture = strength.asOf(LocalDate.now(clock));
            String caption = "from " + picture.nationCount() + " nations, each at its latest report"
                    + (picture.includesIllustrative() ? "; includes illustrative demo figures" : "");
            return List.of(new HomeCard("Troops in the mission",
                    NumberFormat.getIntegerInstance(Locale.ENGLISH).format(picture.totalTroops()), caption,
                    "/force/strength/charts"));
        });
    }
}
