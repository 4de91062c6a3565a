package org.resolute.funding.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
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
import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.RequestHash;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * IATI out and in. An import is checked whole before anything is stored (unknown funds and donors named by their
 * element), then stored in one transaction, once per idempotency key ({@link KeyedWrites}: the same file sent again
 * answers the first import, another file under a used key is refused).
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
    private final KeyedWrites keyed;

    IatiExchange(IatiActivities activities, FundRegister register, Pledges pledges, ReceiptBook receipts,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, KeyedWrites keyed) {
        this.activities = activities;
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.keyed = keyed;
    }

    @Override
    public String export(String fund) {
        return activities.export(fund);
    }

    @Override
    public IatiImport importActivities(String key, Reader xml) {
        IdempotencyKeys.required(key, "an IATI import");
        String file = text(xml);
        String asked = RequestHash.of("iati-import").field("file", file).value();
        return keyed.once(key, "IATI import", asked, this::requestHash, used -> find(used).orElseThrow(),
                () -> check(key, asked, file)).record();
    }

    private IatiImport check(String key, String asked, String file) {
        List<IatiFile.Incoming> incoming = IatiFile.read(new StringReader(file));
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
        return store(key, asked, incoming, funds, donors);
    }

    private static String text(Reader xml) {
        try {
            StringWriter text = new StringWriter();
            xml.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new InvalidInput("file", "the file could not be read: " + e.getMessage());
        }
    }

    private IatiImport store(String key, String asked, List<IatiFile.Incoming> incoming, Map<String, Fund> funds,
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
                INSERT INTO funding_iati_import (idempotency_key, requested_by, pledges, receipts, imported_at,
                                                 request_hash)
                VALUES (:key, :by, :pledges, :receipts, :at, :asked)
                """, Map.of("key", key, "by", Viewers.current().username(), "pledges", pledged, "receipts", received.size(),
                "at", clock.instant().atOffset(ZoneOffset.UTC), "asked", asked));
        events.publishEvent(RecordChanged.created("IatiImport", key, result, Marking.MISSION));
        return result;
    }

    private Optional<KeyedWrites.Stored> requestHash(String key) {
        return jdbc.query("SELECT request_hash FROM funding_iati_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, n) -> new KeyedWrites.Stored(row.getString("request_hash")))
                .stream().findFirst();
    }

    private Optional<IatiImport> find(String key) {
        return jdbc.query("SELECT pledges, receipts FROM funding_iati_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, n) -> new IatiImport(row.getInt("pledges"), row.getInt("receipts")))
                .stream().findFirst();
    }
}
