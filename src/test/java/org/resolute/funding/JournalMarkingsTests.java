package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.AccountKind;
import org.resolute.funding.domain.JournalVerification;
import org.resolute.funding.domain.Ledger;
import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every journal entry carries the marking of the record it books, whichever path wrote it (a single posting, a
 * batch written set-based with COPY on PostgreSQL, a reversal, or the migration for entries written before), so a
 * figure read from the journal counts an entry only for a viewer who may see its record, and the journal's chain
 * covers the marking. The tests that write run in a transaction that is rolled back, but for the chain's.
 */
abstract class JournalMarkingsTests {

    static final Viewer GBR = new Viewer("gbr", Set.of(Role.DONOR_REPRESENTATIVE), Optional.of("GBR"),
            Classification.MISSION);
    static final Viewer DEU = new Viewer("deu", Set.of(Role.DONOR_REPRESENTATIVE), Optional.of("DEU"),
            Classification.MISSION);
    static final LocalDate DAY = LocalDate.of(2019, 3, 14);

    /** Entries whose marking differs from that of the receipt or movement their posting (or its original) books. */
    static final String MISMATCHES = """
            SELECT COUNT(*) FROM funding_entry e JOIN funding_posting p ON p.id = e.posting_id
            LEFT JOIN funding_receipt r ON r.posting_id = COALESCE(p.reverses, p.id)
            LEFT JOIN funding_movement m ON m.posting_id = COALESCE(p.reverses, p.id)
            WHERE (r.id IS NOT NULL AND (e.classification <> r.classification OR e.releasable_to <> r.releasable_to))
               OR (m.id IS NOT NULL AND (e.classification <> m.classification OR e.releasable_to <> m.releasable_to))
            """;

    @Autowired
    Ledger ledger;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    void rolledBack(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    BigDecimal bankFor(Viewer viewer) {
        return Viewers.runAs(viewer, () -> ledger.total("TEST", AccountKind.BANK, "USD", DAY));
    }

    long mismatches() {
        Long count = jdbc.queryForObject(MISMATCHES, Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void aBatchWritesEachPostingsMarkingOnItsEntries() {
        LedgerFixture books = new LedgerFixture(ledger);
        rolledBack(() -> {
            BigDecimal gbr = bankFor(GBR);
            BigDecimal deu = bankFor(DEU);
            BigDecimal all = bankFor(Viewer.SYSTEM);
            ledger.postAll(List.of(marked(books, "gbr", "100", Marking.of(Classification.MISSION, List.of("GBR"))),
                    marked(books, "deu", "30", Marking.of(Classification.MISSION, List.of("DEU"))),
                    marked(books, "public", "5", Marking.PUBLIC)));
            assertThat(bankFor(GBR).subtract(gbr)).isEqualByComparingTo("105");
            assertThat(bankFor(DEU).subtract(deu)).isEqualByComparingTo("35");
            assertThat(bankFor(Viewer.SYSTEM).subtract(all)).isEqualByComparingTo("135");
            assertThat(jdbc.queryForList("""
                    SELECT DISTINCT e.classification || ' ' || e.releasable_to FROM funding_entry e
                    JOIN funding_posting p ON p.id = e.posting_id WHERE p.idempotency_key LIKE :tag
                    """, Map.of("tag", books.tag + "-%"), String.class))
                    .containsExactlyInAnyOrder("MISSION GBR", "MISSION DEU", "PUBLIC ");
        });
    }

    @Test
    void aSinglePostingAndItsReversalCarryTheMarkingOfTheRecord() {
        LedgerFixture books = new LedgerFixture(ledger);
        rolledBack(() -> {
            BigDecimal gbr = bankFor(GBR);
            BigDecimal deu = bankFor(DEU);
            UUID posted = ledger.post(marked(books, "single", "70", Marking.of(Classification.MISSION,
                    List.of("GBR")))).posting().id();
            assertThat(bankFor(GBR).subtract(gbr)).isEqualByComparingTo("70");
            assertThat(bankFor(DEU).subtract(deu)).isEqualByComparingTo("0");
            ledger.reverse(posted, books.key("reversal"), DAY, "test");
            assertThat(bankFor(GBR)).as("the reversal is seen by whoever saw the posting").isEqualByComparingTo(gbr);
            assertThat(jdbc.queryForList("""
                    SELECT DISTINCT e.classification || ' ' || e.releasable_to FROM funding_entry e
                    JOIN funding_posting p ON p.id = e.posting_id WHERE p.reverses = :id
                    """, Map.of("id", posted), String.class)).containsExactly("MISSION GBR");
        });
    }

    @Test
    void everyReceiptAndMovementsEntriesCarryItsMarking() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_receipt", Map.of(), Long.class))
                .isGreaterThan(100);
        assertThat(mismatches()).isZero();
    }

    @Test
    void theMigrationGivesEntriesWrittenBeforeItTheMarkingOfTheirReceiptOrMovement() throws IOException {
        String migration = new ClassPathResource("db/migration/funding/V11__entries_carry_markings.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> backfill = Arrays.stream(migration.lines().filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n")).split(";")).map(String::strip)
                .filter(statement -> statement.matches("(?s)UPDATE funding_entry SET\\s+classification.*")).toList();
        assertThat(backfill).hasSize(2);
        rolledBack(() -> {
            jdbc.update("UPDATE funding_entry SET classification = 'MISSION', releasable_to = ''", Map.of());
            assertThat(mismatches()).as("entries as they were before the migration").isPositive();
            backfill.forEach(statement -> jdbc.update(statement, Map.of()));
            assertThat(mismatches()).isZero();
        });
    }

    @Test
    void theVerificationNamesAnEntryWhoseMarkingWasAlteredInTheDatabase() {
        LedgerFixture books = new LedgerFixture(ledger);
        UUID posted = ledger.post(marked(books, "sealed", "9", Marking.of(Classification.MISSION, List.of("GBR"))))
                .posting().id();
        assertThat(ledger.verify().valid()).isTrue();
        Long entry = jdbc.queryForObject("SELECT id FROM funding_entry WHERE posting_id = :id AND line = 1",
                Map.of("id", posted), Long.class);
        jdbc.update("UPDATE funding_entry SET releasable_to = 'DEU,GBR' WHERE id = :id", Map.of("id", entry));
        try {
            JournalVerification verification = ledger.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(entry);
        } finally {
            jdbc.update("UPDATE funding_entry SET releasable_to = 'GBR' WHERE id = :id", Map.of("id", entry));
        }
        jdbc.update("UPDATE funding_entry SET classification = 'PUBLIC', releasable_to = '' WHERE id = :id",
                Map.of("id", entry));
        try {
            assertThat(ledger.verify().firstBrokenEntry()).isEqualTo(entry);
        } finally {
            jdbc.update("UPDATE funding_entry SET classification = 'MISSION', releasable_to = 'GBR' WHERE id = :id",
                    Map.of("id", entry));
        }
        assertThat(ledger.verify().valid()).isTrue();
    }

    static NewPosting marked(LedgerFixture books, String key, String amount, Marking marking) {
        return new NewPosting(books.key(key), DAY, "Marked " + key, "test", List.of(
                PostingLine.debit(books.bank.id(), Money.of(amount, "USD")),
                PostingLine.credit(books.donor.id(), Money.of(amount, "USD"))), marking);
    }
}

@OnH2
class JournalMarkingsOnH2Tests extends JournalMarkingsTests {
}

@OnPostgres
class JournalMarkingsOnPostgresTests extends JournalMarkingsTests {
}
