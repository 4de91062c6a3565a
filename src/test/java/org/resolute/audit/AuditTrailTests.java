package org.resolute.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.resolute.audit.domain.AuditChain;
import org.resolute.audit.domain.ChainVerification;
import org.resolute.identity.domain.User;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.UserProfile;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewers;
import org.resolute.support.H2Database;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.resolute.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change lands in the trail inside the writer's transaction; the sealed chain verifies, and any row
 * altered or removed behind the application's back is found. Each test writes records of its own.
 */
abstract class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    UserAdministration userAdministration;

    @Autowired
    Users users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    abstract Connection connect() throws SQLException;

    @Test
    void creatingAndUpdatingAUserRecordsCreatedThenUpdatedWithBeforeAndAfterButNoPasswordHash() {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        User created = Viewers.runAs(Auditors.ADMIN, () -> userAdministration.create(
                profile(username, "First Name"), "a-long-initial-password"));
        Viewers.runAs(Auditors.ADMIN, () -> userAdministration.update(created.id(), created.version(),
                profile(username, "Second Name")));

        List<AuditEntry> entries = entriesAbout("User", created.id().toString());
        String passwordHash = users.findById(created.id()).orElseThrow().passwordHash();

        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.UPDATED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("test-admin");
            assertThat(entry.module()).isEqualTo("identity");
            assertThat(entry.marking()).isEqualTo(Marking.MISSION);
            assertThat(entry.after()).doesNotContain("passwordHash").doesNotContain(passwordHash);
        });
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).contains("\"displayName\":\"First Name\"");
        assertThat(entries.get(1).before()).isEqualTo(entries.get(0).after());
        assertThat(entries.get(1).after()).contains("\"displayName\":\"Second Name\"");
    }

    @Test
    void deletingAUserThroughItsRepositoryRecordsDeletedWithTheLastStateAsBefore() {
        String username = "deleted-" + UUID.randomUUID().toString().substring(0, 8);
        User created = Viewers.runAs(Auditors.ADMIN, () -> userAdministration.create(
                profile(username, "Soon Gone"), "a-long-initial-password"));
        Viewers.runAs(Auditors.ADMIN, () -> users.deleteById(created.id()));

        List<AuditEntry> entries = entriesAbout("User", created.id().toString());

        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.DELETED);
        assertThat(entries.get(1).before()).isEqualTo(entries.get(0).after()).contains("Soon Gone");
        assertThat(entries.get(1).after()).isNull();
        assertThat(entries.get(1).module()).isEqualTo("identity");
        assertThat(entries.get(1).marking()).isEqualTo(Marking.MISSION);
    }

    @Test
    void theSealerSealsNewEntriesOnItsOwnBehindTheWriters() throws InterruptedException {
        String id = UUID.randomUUID().toString();
        write(id, Marking.MISSION);

        for (int attempt = 0; attempt < 50 && !entriesAbout("Sample", id).get(0).sealed(); attempt++) {
            Thread.sleep(100);
        }

        assertThat(entriesAbout("Sample", id).get(0).sealed()).as("sealed by the scheduled sealer").isTrue();
    }

    @Test
    void aRecordAnnouncedAsCreatedIsRecordedAsACreationWithoutLookingForEarlierEntries() {
        String id = UUID.randomUUID().toString();
        write(id, Marking.MISSION);
        // The writer's word is taken: had the trail looked, it would have found the entry above and said UPDATED.
        transaction.executeWithoutResult(status -> Viewers.runAs(Auditors.ADMIN, () -> events.publishEvent(
                RecordChanged.created("Sample", id, new Sample("new", 3), Marking.RESTRICTED))));

        assertThat(entriesAbout("Sample", id)).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo("{\"amount\":3,\"name\":\"new\"}");
            assertThat(entry.module()).isEqualTo("audit");
            assertThat(entry.actor()).isEqualTo(Auditors.ADMIN.username());
            assertThat(entry.marking()).isEqualTo(Marking.RESTRICTED);
        });
    }

    @Test
    void aRecordChangedInsideATransactionIsRecordedAndRollsBackWithIt() {
        String kept = UUID.randomUUID().toString();
        String rolledBack = UUID.randomUUID().toString();
        write(kept, Marking.MISSION);
        transaction.executeWithoutResult(status -> {
            Viewers.runAs(Auditors.ADMIN, () -> events.publishEvent(
                    RecordChanged.saved("Sample", rolledBack, new Sample("never", 1), Marking.MISSION)));
            status.setRollbackOnly();
        });

        assertThat(entriesAbout("Sample", kept)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
            assertThat(entry.module()).isEqualTo("audit");
            assertThat(entry.after()).isEqualTo("{\"amount\":10,\"name\":\"sample\"}");
        });
        assertThat(entriesAbout("Sample", rolledBack)).isEmpty();
    }

    @Test
    void theChainIsIntactOnceSealed() {
        String id = UUID.randomUUID().toString();
        write(id, Marking.MISSION);

        ChainVerification verification = chain.verify();

        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.checkedEntries()).isPositive();
        assertThat(entriesAbout("Sample", id)).singleElement().satisfies(entry -> assertThat(entry.sealed()).isTrue());
    }

    @Test
    void alteringASealedRowIsReportedAsTheFirstBrokenEntry() throws SQLException {
        String id = UUID.randomUUID().toString();
        write(id, Marking.MISSION);
        trail.sealPending();
        AuditEntry entry = entriesAbout("Sample", id).get(0);
        try (Connection connection = connect()) {
            execute(connection, "UPDATE audit_entry SET after_state = ? WHERE id = ?", "{\"amount\":999}", entry.id());
            try {
                ChainVerification verification = chain.verify();

                assertThat(verification.valid()).isFalse();
                assertThat(verification.firstBrokenEntry()).isEqualTo(entry.id());
                assertThat(verification.firstBrokenPosition()).isEqualTo(entry.chainPosition());
                assertThat(verification.problem()).contains("altered");
            } finally {
                execute(connection, "UPDATE audit_entry SET after_state = ? WHERE id = ?", entry.after(), entry.id());
            }
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void deletingASealedRowIsDetectedAsAGap() throws SQLException {
        List<AuditEntry> written = writeSealed(3);
        AuditEntry removed = written.get(1);
        try (Connection connection = connect()) {
            Map<String, Object> row = read(connection, removed.id());
            execute(connection, "DELETE FROM audit_entry WHERE id = ?", removed.id());
            try {
                ChainVerification verification = chain.verify();

                assertThat(verification.valid()).isFalse();
                assertThat(verification.firstBrokenPosition()).isEqualTo(removed.chainPosition() + 1);
                assertThat(verification.firstBrokenEntry()).isEqualTo(written.get(2).id());
                assertThat(verification.problem()).contains("position " + removed.chainPosition() + " is missing");
            } finally {
                insert(connection, row);
            }
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void deletingTheLastSealedRowIsDetectedAsAMissingTail() throws SQLException {
        AuditEntry last = writeSealed(1).get(0);
        try (Connection connection = connect()) {
            Map<String, Object> row = read(connection, last.id());
            execute(connection, "DELETE FROM audit_entry WHERE id = ?", last.id());
            try {
                ChainVerification verification = chain.verify();

                assertThat(verification.valid()).isFalse();
                assertThat(verification.firstBrokenPosition()).isEqualTo(last.chainPosition());
                assertThat(verification.problem()).contains("removed from its end");
            } finally {
                insert(connection, row);
            }
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void concurrentWritersAllCommitAndEveryEntryIsSealedIntoAnUnbrokenChain() throws Exception {
        String run = "concurrent-" + UUID.randomUUID();
        int writers = 8;
        int perWriter = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        write(run + "-" + writer + "-" + i, Marking.MISSION);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        ChainVerification verification = chain.verify();

        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.unsealedEntries()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_id LIKE ? "
                + "AND chain_position IS NOT NULL", Long.class, run + "-%")).isEqualTo((long) writers * perWriter);
    }

    @Test
    void anEntryAboutARestrictedRecordIsHiddenFromAMissionClearedAuditor() {
        String restricted = UUID.randomUUID().toString();
        write(restricted, Marking.RESTRICTED);
        AuditFilter aboutIt = new AuditFilter(null, null, "Sample", restricted, null, null, null);

        Viewers.runAs(Auditors.MISSION_AUDITOR, () -> {
            assertThat(trail.entries(aboutIt, PageQuery.first(20)).items()).isEmpty();
            assertThat(trail.count(aboutIt)).isZero();
            assertThat(trail.export(aboutIt)).isEmpty();
        });
        Viewers.runAs(Auditors.RESTRICTED_AUDITOR, () -> {
            assertThat(trail.count(aboutIt)).isOne();
            assertThat(trail.export(aboutIt)).singleElement()
                    .satisfies(entry -> assertThat(entry.marking()).isEqualTo(Marking.RESTRICTED));
        });
    }

    private void write(String id, Marking marking) {
        transaction.executeWithoutResult(status -> Viewers.runAs(Auditors.ADMIN, () -> events.publishEvent(
                RecordChanged.saved("Sample", id, new Sample("sample", 10), marking))));
    }

    private List<AuditEntry> writeSealed(int count) {
        String prefix = UUID.randomUUID().toString();
        for (int i = 0; i < count; i++) {
            write(prefix + "-" + i, Marking.MISSION);
        }
        trail.sealPending();
        List<AuditEntry> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.addAll(entriesAbout("Sample", prefix + "-" + i));
        }
        return written;
    }

    private List<AuditEntry> entriesAbout(String recordType, String recordId) {
        return Viewers.runAs(Auditors.RESTRICTED_AUDITOR, () -> trail.export(
                new AuditFilter(null, null, recordType, recordId, null, null, null))).stream()
                .sorted(Comparator.comparingLong(AuditEntry::id)).toList();
    }

    private static UserProfile profile(String username, String displayName) {
        return new UserProfile(username, displayName, Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION);
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Map<String, Object> read(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM audit_entry WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                ResultSetMetaData columns = rows.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    row.put(columns.getColumnName(i).toLowerCase(), value instanceof java.sql.Clob clob
                            ? clob.getSubString(1, (int) clob.length()) : value);
                }
                return row;
            }
        }
    }

    private static void insert(Connection connection, Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO audit_entry (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(column -> "?").toList()) + ")";
        execute(connection, sql, row.values().toArray());
    }
}

@OnH2
class AuditTrailOnH2Tests extends AuditTrailTests {

    @Override
    Connection connect() throws SQLException {
        return H2Database.connect();
    }
}

@OnPostgres
class AuditTrailOnPostgresTests extends AuditTrailTests {

    @Override
    Connection connect() throws SQLException {
        return PostgresDatabase.connect();
    }
}
