package org.resolute.reference.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.resolute.kernel.HomeCard;
import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.PublicPaths;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.NationQuery;
import org.resolute.reference.Nations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** The reference pages' place in the navigation, and their figures on every signed-in viewer's home page. */
@Configuration
class ReferenceShell {

    @Bean
    NavigationItem referenceNavigation() {
        return new NavigationItem("nav.reference", "/reference/nations", 90, Set.of());
    }

    /** The sources are public documents, and the public pages' figures link to them. */
    @Bean
    PublicPaths sourcesArePublic() {
        return PublicPaths.of("/reference/sources");
    }

    @Bean
    HomeCard.Source referenceCards(Nations nations, MessageSource messages) {
        return viewer -> cards(nations, viewer, new Formats(LocaleContextHolder.getLocale(), messages));
    }

    private static List<HomeCard> cards(Nations nations, Viewer viewer, Formats formats) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int allies = nations.searchAll(new NationQuery("", MembershipKind.ALLY, today), "").size();
        List<ContributingNation> contributors = nations.contributorsTo(Nations.RESOLUTE_SUPPORT);
        long contributingAllies = contributors.stream()
                .filter(contributor -> contributor.statusDuringMission() == MembershipKind.ALLY).count();
        return List.of(
                new HomeCard(formats.message("reference.home.allies"), formats.number(allies),
                        formats.message("reference.home.alliesCaption", formats.date(today)),
                        "/reference/nations?status=ALLY"),
                new HomeCard(formats.message("reference.contributors.title"), formats.number(contributors.size()),
                        formats.message("reference.home.contributorsCaption", formats.number(contributingAllies),
                                formats.number(contributors.size() - contributingAllies)),
                        "/reference/contributors"));
    }
}
