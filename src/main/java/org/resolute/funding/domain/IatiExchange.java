package org.resolute.funding.domain;

import java.io.Reader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resolute.funding.Donor;
import org.resolute.funding.Fund;
import org.resolute.funding.FundRegister;
import org.resolute.funding.Iati;
import org.resolute.funding.IatiImport;
import org.resolute.funding.NewPledge;
import org.resolute.funding.NewReceipt;
import org.resolute.funding.Pledges;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
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

/**
 * IATI out and in. An import is checked whole before anything is stored (unknown funds and donors named by their
 * element), then stored in one transaction, once per idempotency key.
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

    IatiExchange(IatiActivities activities, FundRegister register, Pledges pledges, ReceiptBook receipts,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.activities = activities;
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String export(String fund) {
        return activities.export(fund);
    }

    @Override
    public IatiImport importActivities(String key, Reader xml) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "an IATI import needs an Idempotency-Key of at most 200 "
                    + "characters");
        }
        Optional<IatiImport> first = find(key);
        if (first.isPresent()) {
            return first.get();
        }
        List<IatiFile.Incoming> incoming = IatiFile.read(xml);
        Map<String, Fund> funds = new HashMap<>();
        register.funds().forEach(fund -> funds.put(fund.iatiIdentifier(), fund));
        Map<String, Donor> donors = new HashMap<>();
        register.donors().forEach(donor -> donors.put(donor.iatiIdentifier(), donor));
        List<String> errors = new ArrayList<>();
        for (IatiFile.Incoming transaction : incoming) {
            if (!funds.containsKey(transaction.activity())) {
                errors.add(transaction.where() + ": iati-identifier names no fund here");
            }
            if (!donors.containsKey(transaction.provider())) {
                errors.add(transaction.where() + "/provider-org/@ref: '" + transaction.provider()
                        + "' is no known donor; add the donor first");
            }
            try {
                Currency.getInstance(transaction.currency());
            } catch (IllegalArgumentException e) {
                errors.add(transaction.where() + "/value/@currency: '" + transaction.currency()
                        + "' is not an ISO 4217 code");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("file", String.join("; ", errors.subList(0, Math.min(errors.size(), 20))));
        }
        try {
            return transaction.execute(status -> store(key, incoming, funds, donors));
        } catch (DuplicateKeyException raced) {
            return find(key).orElseThrow(() -> raced);
        }
    }

    private IatiImport store(String key, List<IatiFile.Incoming> incoming, Map<String, Fund> funds,
            Map<String, Donor> donors) {
        int pledged = 0;
        List<NewReceipt> received = new ArrayList<>();
        for (IatiFile.Incoming transaction : incoming) {
            String fund = funds.get(transaction.activity()).code();
            String donor = donors.get(transaction.provider()).code();
            Money value = new Money(transaction.amount(), Currency.getInstance(transaction.currency()));
            Provenance provenance = new Provenance("IATI import " + key, transaction.valueDate(),
                    ProvenanceStatus.EXACT);
            if (transaction.type().equals("1")) {
                received.add(new NewReceipt("iati:" + key + ":" + transaction.index(), donor, fund, null, null,
                        value, transaction.valueDate(), "IATI " + transaction.activity() + " #" + transaction.index(),
                        provenance, null));
            } else {
                int year = transaction.valueDate().getYear();
                pledges.announce(new NewPledge(donor, fund, year, year, value, transaction.valueDate(), provenance,
                        null));
                pledged++;
            }
        }
        receipts.recordAll(received);
        IatiImport result = new IatiImport(pledged, received.size());
        jdbc.update("""
                INSERT INTO funding_iati_import (idempotency_key, requested_by, pledges, receipts, imported_at)
                VALUES (:key, :by, :pledges, :receipts, :at)
                """, Map.of("key", key, "by", Viewers.current().username(), "pledges", pledged, "receipts", received.size(),
                "at", clock.instant().atOffset(ZoneOffset.UTC)));
        events.publishEvent(RecordChanged.created("IatiImport", key, result, Marking.MISSION));
        return result;
    }

    private Optional<IatiImport> find(String key) {
        return jdbc.query("SELECT pledges, receipts FROM funding_iati_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, n) -> new IatiImport(row.getInt("pledges"), row.getInt("receipts")))
                .stream().findFirst();
    }
}
