package org.resolute.funding.domain;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.resolute.funding.Donor;
import org.resolute.funding.Fund;
import org.resolute.funding.FundRegister;
import org.resolute.funding.Iati;
import org.resolute.funding.IatiImport;
import org.resolute.funding.NewPledge;
import org.resolute.funding.NewReceipt;
import org.resolute.funding.Pledges;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * IATI out and in. An import is read and planned whole before anything is stored (what it skips, and why, goes to
 * its report; an error in what it would store refuses the file, naming the element), then stored in one
 * transaction, once per idempotency key; a replay answers the stored report.
 */
@Service
class IatiExchange implements Iati {

    private final IatiActivities activities;
    private final FundRegister register;
    private final Pledges pledges;
    private final ReceiptBook receipts;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IatiExchange(IatiActivities activities, FundRegister register, Pledges pledges, ReceiptBook receipts,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions, JsonMapper json) {
        this.activities = activities;
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    @Override
    public String export(String fund, LocalDate asOf) {
        return activities.export(fund, asOf);
    }

    @Override
    public IatiImport importActivities(String key, InputStream xml) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "an IATI import needs an Idempotency-Key of at most 200 "
                    + "characters");
        }
        Optional<IatiImport> first = find(key);
        if (first.isPresent()) {
            return first.get();
        }
        List<IatiFile.Activity> file = IatiFile.read(xml);
        Map<String, Fund> funds = new HashMap<>();
        register.funds().forEach(fund -> funds.putIfAbsent(fund.iatiIdentifier().toUpperCase(Locale.ROOT), fund));
        Map<String, Donor> donors = new HashMap<>();
        register.donors().forEach(donor -> donors.putIfAbsent(donor.iatiIdentifier().toUpperCase(Locale.ROOT),
                donor));
        Set<String> valued = new HashSet<>();
        IatiImportPlan plan = new IatiImportPlan(file, funds, donors, (currency, on) -> {
            if (!valued.contains(currency + "|" + on)) {
                register.rate(currency, on);
                valued.add(currency + "|" + on);
            }
        });
        try {
            return transaction.execute(status -> store(key, plan));
        } catch (DuplicateKeyException raced) {
            return find(key).orElseThrow(() -> raced);
        }
    }

    private IatiImport store(String key, IatiImportPlan plan) {
        String importId = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        String shownKey = key.length() <= 60 ? key : importId;
        List<NewReceipt> received = new ArrayList<>();
        for (IatiImportPlan.Incoming transaction : plan.incoming()) {
            IatiFile.Activity activity = transaction.activity();
            Provenance provenance = new Provenance("IATI " + activity.identifier() + " (import " + shownKey + ")",
                    transaction.valueDate(), ProvenanceStatus.EXACT);
            if (transaction.isReceipt()) {
                received.add(new NewReceipt("iati:" + importId + ":" + activity.position() + ":"
                        + transaction.index(), transaction.donor(), transaction.fund(), null, null,
                        transaction.value(), transaction.valueDate(), bankReference(activity, transaction.index()),
                        provenance, null));
            } else {
                int year = transaction.valueDate().getYear();
                pledges.announce(new NewPledge(transaction.donor(), transaction.fund(), year, year,
                        transaction.value(), transaction.valueDate(), provenance, null));
            }
        }
        receipts.recordAll(received);
        IatiImport result = plan.report();
        jdbc.update("""
                INSERT INTO funding_iati_import (idempotency_key, requested_by, pledges, receipts, imported_at, report)
                VALUES (:key, :by, :pledges, :receipts, :at, :report)
                """, Map.of("key", key, "by", Viewers.current().username(), "pledges", result.pledges(),
                "receipts", result.receipts(), "at", clock.instant().atOffset(ZoneOffset.UTC),
                "report", json.writeValueAsString(result)));
        events.publishEvent(RecordChanged.created("IatiImport", key, result, Marking.MISSION));
        return result;
    }

    /** "IATI activity #n", the activity's identifier shortened from the left to fit a bank reference. */
    private static String bankReference(IatiFile.Activity activity, int index) {
        String suffix = " #" + index;
        String identifier = activity.identifier().isEmpty() ? "activity " + activity.position()
                : activity.identifier();
        int room = 100 - "IATI ".length() - suffix.length();
        return "IATI " + (identifier.length() <= room ? identifier
                : "..." + identifier.substring(identifier.length() - room + 3)) + suffix;
    }

    private Optional<IatiImport> find(String key) {
        return jdbc.query("SELECT pledges, receipts, report FROM funding_iati_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, n) -> row.getString("report") != null
                        ? json.readValue(row.getString("report"), IatiImport.class)
                        : new IatiImport(row.getInt("pledges"), row.getInt("receipts"), 0, List.of()))
                .stream().findFirst();
    }
}
