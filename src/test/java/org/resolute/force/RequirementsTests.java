package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.CaveatBook;
import org.resolute.force.domain.FillState;
import org.resolute.force.domain.NewOffer;
import org.resolute.force.domain.NewRequirement;
import org.resolute.force.domain.Offer;
import org.resolute.force.domain.OfferStatus;
import org.resolute.force.domain.Requirement;
import org.resolute.force.domain.RequirementFilter;
import org.resolute.force.domain.Requirements;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;

/** Requirements, offers, fill and gaps, and the caveats that guard offers, on both databases. */
abstract class RequirementsTests {

    static final Viewer PLANNER = new Viewer("planner", Set.of(Role.FORCE_PLANNER), Optional.empty(),
            Classification.RESTRICTED);
    static final Viewer VIEWER = new Viewer("viewer", Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2020, 12, 31);

    @Autowired
    Requirements requirements;

    @Autowired
    CaveatBook caveats;

    static String reference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static NewRequirement requirement(String reference, String command, String location, int quantity, int priority,
            Marking marking) {
        return new NewRequirement(reference, "Advisor team under test", Activity.ADVISING, quantity, command,
                location, FROM, UNTIL, priority, marking, new Provenance("test", FROM, ProvenanceStatus.EXACT));
    }

    static NewOffer offer(String nation, int quantity, OfferStatus status) {
        return new NewOffer(nation, quantity, null, null, status, null,
                new Provenance("test", FROM, ProvenanceStatus.EXACT));
    }

    @Test
    void theFillFollowsAcceptedOffersWhileOpenOffersAreShownApart() {
        Viewers.runAs(PLANNER, () -> {
            Requirement requirement = requirements.create(requirement(reference(), "TAAC-N", "MAZAR", 40, 2, null));
            assertThat(requirement.fillState()).isEqualTo(FillState.GAP);
            requirements.recordOffer(requirement.id(), offer("NLD", 15, OfferStatus.OFFERED));
            assertThat(requirements.get(requirement.id())).satisfies(stored -> {
                assertThat(stored.fillState()).isEqualTo(FillState.GAP);
                assertThat(stored.offered()).isEqualTo(15);
            });
            requirements.recordOffer(requirement.id(), offer("DEU", 25, OfferStatus.ACCEPTED));
            assertThat(requirements.get(requirement.id()).fillState()).isEqualTo(FillState.PARTIAL);
            requirements.recordOffer(requirement.id(), offer("DNK", 15, OfferStatus.ACCEPTED));
            Requirement filled = requirements.get(requirement.id());
            assertThat(filled.fillState()).isEqualTo(FillState.FILLED);
            assertThat(filled.accepted()).isEqualTo(40);
            assertThat(requirements.offers(requirement.id())).extracting(Offer::nation)
                    .containsExactlyInAnyOrder("NLD", "DEU", "DNK");
            assertThat(requirements.offers(requirement.id())).allSatisfy(offer -> assertThat(
                    offer.marking().releasableTo()).containsExactly(offer.nation()));
        });
    }

    @Test
    void acceptingAndWithdrawingAnOfferMovesTheFillAndAWithdrawnOfferStaysWithdrawn() {
        Viewers.runAs(PLANNER, () -> {
            Requirement requirement = requirements.create(requirement(reference(), "TAAC-W", "HERAT", 20, 2, null));
            Offer offer = requirements.recordOffer(requirement.id(), offer("ITA", 20, OfferStatus.OFFERED));
            requirements.decideOffer(requirement.id(), offer.id(), OfferStatus.ACCEPTED);
            assertThat(requirements.get(requirement.id())).satisfies(stored -> {
                assertThat(stored.fillState()).isEqualTo(FillState.FILLED);
                assertThat(stored.accepted()).isEqualTo(20);
                assertThat(stored.offered()).isZero();
            });
            requirements.decideOffer(requirement.id(), offer.id(), OfferStatus.WITHDRAWN);
            assertThat(requirements.get(requirement.id())).satisfies(stored -> {
                assertThat(stored.fillState()).isEqualTo(FillState.GAP);
                assertThat(stored.accepted()).isZero();
            });
            assertThat(requirements.offers(requirement.id())).singleElement()
                    .extracting(Offer::status).isEqualTo(OfferStatus.WITHDRAWN);
            assertThatThrownBy(() -> requirements.decideOffer(requirement.id(), offer.id(), OfferStatus.ACCEPTED))
                    .isInstanceOf(org.resolute.kernel.InvalidInput.class).extracting("field").isEqualTo("status");
        });
    }

    @Test
    void anOfferBreakingANationalCaveatIsRefusedNamingTheRuleAndNothingIsStored() {
        Viewers.runAs(PLANNER, () -> {
            Requirement requirement = requirements.create(requirement(reference(), "TAAC-S", "KANDAHAR", 30, 1,
                    null));
            assertThatThrownBy(() -> requirements.recordOffer(requirement.id(), offer("DEU", 20,
                    OfferStatus.ACCEPTED)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("location");
                        assertThat(e.getMessage()).contains("Germany: forces may serve only in regions North, "
                                + "Capital (caveat C-DEU-1)").contains("KANDAHAR is in region South");
                    });
            assertThat(requirements.offers(requirement.id())).isEmpty();
            assertThat(requirements.get(requirement.id()).accepted()).isZero();
        });
    }

    @Test
    void germanysCapCountsItsOtherOffersAtTheLocation() {
        Viewers.runAs(PLANNER, () -> {
            Requirement first = requirements.create(requirement(reference(), "TAAC-N", "KUNDUZ", 1200, 3, null));
            Requirement second = requirements.create(requirement(reference(), "TAAC-N", "KUNDUZ", 200, 3, null));
            requirements.recordOffer(first.id(), offer("DEU", 1200, OfferStatus.OFFERED));
            assertThatThrownBy(() -> requirements.recordOffer(second.id(), offer("DEU", 150,
                    OfferStatus.OFFERED)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("quantity");
                        assertThat(e.getMessage()).contains("caveat C-DEU-2");
                    });
        });
    }

    @Test
    void theGapsListShowsUnfilledRequirementsByPriority() {
        Viewers.runAs(PLANNER, () -> {
            Requirement low = requirements.create(requirement(reference(), "TAAC-W", "HERAT", 10, 5, null));
            Requirement high = requirements.create(requirement(reference(), "TAAC-W", "HERAT", 10, 1, null));
            Requirement filled = requirements.create(requirement(reference(), "TAAC-W", "HERAT", 10, 1, null));
            requirements.recordOffer(filled.id(), offer("ITA", 10, OfferStatus.ACCEPTED));
            var gaps = requirements.gaps(new PageQuery(0, PageQuery.MAX_SIZE, "")).items().stream()
                    .map(Requirement::id).toList();
            assertThat(gaps).contains(low.id(), high.id()).doesNotContain(filled.id());
            assertThat(gaps.indexOf(high.id())).isLessThan(gaps.indexOf(low.id()));
        });
    }

    @Test
    void aViewerClearedToMissionDoesNotSeeARestrictedRequirementInListOrCount() {
        String reference = reference();
        Viewers.runAs(PLANNER, () -> requirements.create(requirement(reference, "TF-SE", "GARDEZ", 12, 4,
                Marking.RESTRICTED)));
        RequirementFilter gardez = new RequirementFilter("TF-SE", "GARDEZ", null, null, 4);
        var seenByViewer = Viewers.runAs(VIEWER, () -> requirements.search(gardez, new PageQuery(0, 500, "")));
        var seenByPlanner = Viewers.runAs(PLANNER, () -> requirements.search(gardez, new PageQuery(0, 500, "")));
        assertThat(seenByViewer.items()).extracting(Requirement::reference).doesNotContain(reference);
        assertThat(seenByPlanner.items()).extracting(Requirement::reference).contains(reference);
        assertThat(seenByViewer.totalItems()).isEqualTo(seenByViewer.items().size())
                .isLessThan(seenByPlanner.totalItems());
        assertThat(Viewers.runAs(VIEWER, () -> requirements.list(gardez, "reference")))
                .extracting(Requirement::reference).doesNotContain(reference);
    }

    @Test
    void aRequirementImportWithABadLineStoresNothingAndNamesTheLine() {
        String good = reference();
        String csv = """
                reference,capability,activity,quantity,command,location,from,until,priority,classification,releasable_to,source,provenance_status
                %s,Logistics team,LOGISTICS,10,TAAC-E,LAGHMAN,2020-01-01,2020-12-31,2,MISSION,,test,EXACT
                %s,Logistics team,LOGISTICS,10,TAAC-E,NOWHERE,2020-01-01,2020-12-31,2,MISSION,,test,EXACT
                """.formatted(good, reference());
        Viewers.runAs(PLANNER, () -> {
            assertThatThrownBy(() -> requirements.importRequirements(new StringReader(csv)))
                    .isInstanceOfSatisfying(CsvRejected.class, e -> assertThat(e.errors()).singleElement()
                            .asString().startsWith("line 3:").contains("NOWHERE"));
            assertThat(requirements.search(new RequirementFilter("TAAC-E", "LAGHMAN", null, null, 2),
                    new PageQuery(0, 500, "")).items()).extracting(Requirement::reference).doesNotContain(good);
        });
    }

    @Test
    void anOfferImportBreakingACaveatStoresNoneOfItsOffers() {
        Viewers.runAs(PLANNER, () -> {
            Requirement kabul = requirements.create(requirement(reference(), "RSHQ", "KABUL", 20, 2, null));
            String csv = """
                    requirement,nation,quantity,from,until,status,classification,releasable_to,source,provenance_status
                    %s,TUR,10,,,ACCEPTED,,,test,EXACT
                    %s,ITA,10,2020-01-01,2020-12-31,ACCEPTED,,,test,EXACT
                    %s,GEO,5,,,NONSENSE,,,test,EXACT
                    """.formatted(kabul.reference(), kabul.reference(), kabul.reference());
            assertThatThrownBy(() -> requirements.importOffers(new StringReader(csv)))
                    .isInstanceOfSatisfying(CsvRejected.class, e -> assertThat(e.errors()).hasSize(1)
                            .first().asString().startsWith("line 4:"));
            assertThat(requirements.offers(kabul.id())).isEmpty();
        });
    }

    @Test
    void theDemoCjsorHasFilledPartialAndGapLinesAllIllustrative() {
        var demo = Viewers.runAs(PLANNER, () -> requirements.list(RequirementFilter.ALL, "")).stream()
                .filter(requirement -> requirement.reference().startsWith("CJSOR-")).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(requirement -> assertThat(requirement.provenance().isIllustrative()).isTrue());
        assertThat(demo).extracting(Requirement::fillState).contains(FillState.FILLED, FillState.PARTIAL,
                FillState.GAP);
    }
}

@OnH2
class RequirementsOnH2Tests extends RequirementsTests {
}

@OnPostgres
class RequirementsOnPostgresTests extends RequirementsTests {
}
