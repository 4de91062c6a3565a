package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.H2Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding starts with only the modules it depends on (reference, and the shared kernel): its contract answers
 * from its own tables, the funds its reference data loaded and the funding horizons recorded through it (rolled back after).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2Database.class)
class FundingModuleTests {

    @Autowired
    Funds funds;

    @Autowired
    FundingHorizons horizons;

    @Test
    void theContractListsTheFourFundsTheModuleLoadsOnItsFirstStart() {
        assertThat(funds.funds()).extracting(Fund::code).contains("ANATF", "LOTFA", "ASFF");
    }

    @Test
    @Transactional
    void aHorizonRecordedThroughTheContractIsReadBackThroughIt() {
        FundingHorizon recorded = Viewers.runAs(Viewer.SYSTEM,
                () -> horizons.record("ANATF", 2031, "module test", "DEC-MODULE-TEST", "S37"));

        assertThat(horizons.find(recorded.id())).contains(recorded);
    }
}
