package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who may see what: clearance first, then nation. */
class ViewerTests {

    static final Viewer MISSION_STAFF = new Viewer("hq", Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
    static final Viewer RESTRICTED_STAFF = new Viewer("j2", Set.of(Role.FORCE_PLANNER), Optional.empty(),
            Classification.RESTRICTED);
    static final Viewer BRITISH_DONOR = new Viewer("donor", Set.of(Role.DONOR_REPRESENTATIVE), Optional.of("GBR"),
            Classification.RESTRICTED);

    @Test
    void aViewerSeesUpToTheirClearanceAndNothingAbove() {
        assertThat(MISSION_STAFF.canSee(Marking.PUBLIC)).isTrue();
        assertThat(MISSION_STAFF.canSee(Marking.MISSION)).isTrue();
        assertThat(MISSION_STAFF.canSee(Marking.RESTRICTED)).isFalse();
        assertThat(RESTRICTED_STAFF.canSee(Marking.RESTRICTED)).isTrue();
    }

    @Test
    void theAnonymousPublicSeesOnlyPublicRecords() {
        assertThat(Viewer.ANONYMOUS.canSee(Marking.PUBLIC)).isTrue();
        assertThat(Viewer.ANONYMOUS.canSee(Marking.MISSION)).isFalse();
        assertThat(Viewer.ANONYMOUS.isAnonymous()).isTrue();
    }

    @Test
    void theMissionsStaffAreTheSignedInButNotTheAnonymousPublicNorADonorsRepresentative() {
        assertThat(MISSION_STAFF.isMissionStaff()).isTrue();
        assertThat(RESTRICTED_STAFF.isMissionStaff()).isTrue();
        assertThat(Viewer.ANONYMOUS.isMissionStaff()).isFalse();
        assertThat(BRITISH_DONOR.isMissionStaff()).isFalse();
    }

    @Test
    void aNationsStaffSeePublicRecordsAndThoseReleasedToTheirNationOnly() {
        assertThat(BRITISH_DONOR.canSee(Marking.PUBLIC)).isTrue();
        assertThat(BRITISH_DONOR.canSee(Marking.MISSION)).isFalse();
        assertThat(BRITISH_DONOR.canSee(Marking.of(Classification.MISSION, Set.of("GBR", "USA")))).isTrue();
        assertThat(BRITISH_DONOR.canSee(Marking.of(Classification.MISSION, Set.of("DEU")))).isFalse();
    }

    @Test
    void releasabilityNeverLiftsAClearance() {
        Viewer britishViewer = new Viewer("v", Set.of(Role.VIEWER), Optional.of("GBR"), Classification.MISSION);
        assertThat(britishViewer.canSee(Marking.of(Classification.RESTRICTED, Set.of("GBR")))).isFalse();
    }

    @Test
    void missionWideStaffSeeRecordsReleasedToAnyNation() {
        assertThat(RESTRICTED_STAFF.canSee(Marking.of(Classification.RESTRICTED, Set.of("DEU")))).isTrue();
    }

    @Test
    void aPublicRecordCannotBeLimitedToNations() {
        assertThatThrownBy(() -> Marking.of(Classification.PUBLIC, Set.of("GBR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarkingReadsBackFromItsStoredForm() {
        Marking marking = Marking.of(Classification.RESTRICTED, Set.of("usa", "DEU"));
        assertThat(marking.releasabilityText()).isEqualTo("DEU,USA");
        assertThat(Marking.of(Classification.RESTRICTED, marking.releasabilityText())).isEqualTo(marking);
        assertThat(marking).hasToString("RESTRICTED REL DEU, USA");
    }
}
