package org.resolute.reference.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.PublicPaths;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.Nations;
import org.resolute.reference.domain.NationBook;
import org.resolute.reference.domain.NationQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference pages' place in the navigation, and their section on every signed-in viewer's home page. */
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
    HomeSection.Source referenceSection(NationBook nations) {
        return HomeSection.Source.of(Viewer::isMissionStaff, words -> section(nations, words));
    }

    private static HomeSection section(NationBook nations, Formats words) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int allies = nations.searchAll(new NationQuery("", MembershipKind.ALLY, today), "").size();
        List<ContributingNation> contributors = nations.contributorsTo(Nations.RESOLUTE_SUPPORT);
        long contributingAllies = contributors.stream()
                .filter(contributor -> contributor.statusDuringMission() == MembershipKind.ALLY).count();
        return HomeSection.of("reference", 80, words.message("reference.home.title"),
                "/reference/contributors", words.message("reference.home.link"), List.of(
                        new Figure(words.message("reference.home.allies"), words.number(allies),
                                words.message("reference.home.alliesDetail", words.date(today)), false),
                        new Figure(words.message("reference.home.contributors"), words.number(contributors.size()),
                                words.message("reference.home.contributorsDetail", words.number(contributingAllies),
                                        words.number(contributors.size() - contributingAllies)), false)), "");
    }
}
