package org.resolute.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.audit.domain.AuditChain;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on its own, with no other module started: a change announced inside a transaction becomes an
 * entry that an auditor lists through the contract, and the sealed chain verifies.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AuditModuleTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void recordsAnAnnouncedChangeAndVerifiesTheChainWithNoOtherModuleRunning() {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> Viewers.runAs(Auditors.ADMIN, () -> events.publishEvent(
                RecordChanged.created("Sample", id, new Sample("alone", 1), Marking.MISSION))));

        AuditFilter aboutIt = new AuditFilter(null, null, "Sample", id, null, null, null);
        assertThat(Viewers.runAs(Auditors.RESTRICTED_AUDITOR, () -> trail.entries(aboutIt, PageQuery.first(10))
                .items())).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
                    assertThat(entry.actor()).isEqualTo(Auditors.ADMIN.username());
                    assertThat(entry.after()).isEqualTo("{\"amount\":1,\"name\":\"alone\"}");
                });
        trail.sealPending();
        assertThat(chain.verify()).satisfies(verification -> {
            assertThat(verification.valid()).isTrue();
            assertThat(verification.checkedEntries()).isPositive();
        });
    }
}
