package org.resolute.funding.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

import org.resolute.funding.Fund;
import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.RequestHash;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * IATI out and in. An import is read and planned whole before anything is stored (what it skips, and why, goes to
 * its report; an error in what it would store refuses the file, naming the element), then stored in one
 * transaction, once per idempotency key ({@link KeyedWrites}: the same file sent again answers the first import's
 * report, another file under a used key is refused).
 */
@Service
class IatiBook implements Iati {

    private final IatiActivities activities;
    private final FundBook register;
    private final Pledges pledges;
    private final ReceiptBook receipts;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeyedWrites keyed;
    private final JsonMapper json;

    IatiBook(IatiActivities activities, FundBook register, Pledges pledges, ReceiptBook receipts,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, KeyedWrites keyed,
            JsonMapper json) {
        this.activities = activities;
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.keyed = keyed;
        this.json = json;
    }

    @Override
    public String export(String fund, LocalDate asOf) {
        return activities.export(fund, asOf);
    }

    @Override
    public IatiImport importActivities(String key, InputStream xml) {
        IdempotencyKeys.required(key, "an IATI import");
        byte[] file = bytes(xml);
        String asked = RequestHash.of("iati-import").field("file", new String(file, StandardCharsets.ISO_8859_1))
                .value();
        return keyed.once(key, "IATI import", asked, this::requestHash, used -> find(used).orElseThrow(),
                () -> store(key, asked, plan(file))).record();
    }

    private IatiImportPlan plan(byte[] xml) {
        List<IatiFile.Activity> file = IatiFile.read(new ByteArrayInputStream(xml));
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
        return plan;
    }

    private static byte[] bytes(InputStream xml) {
        try {
            return xml.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInput("file", "the file could not be read: " + e.getMessage());
        }
    }

    private IatiImport store(String key, String asked, IatiImportPlan plan) {
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
                INSERT INTO funding_iati_import (idempotency_key, requested_by, pledges, receipts, imported_at, report,
                                                 request_hash)
                VALUES (:key, :by, :pledges, :receipts, :at, :report, :asked)
                """, Map.of("key", key, "by", Viewers.current().username(), "pledges", result.pledges(),
                "receipts", result.receipts(), "at", clock.instant().atOffset(ZoneOffset.UTC),
                "report", json.writeValueAsString(result), "asked", asked));
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

    private Optional<KeyedWrites.Stored> requestHash(String key) {
        return jdbc.query("SELECT request_hash FROM funding_iati_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, n) -> new KeyedWrites.Stored(row.getString("request_hash")))
                .stream().findFirst();
    }

    private Optional<IatiImport> find(String key) {
        return jdbc.query("SELECT pledges, receipts, report FROM funding_iati_import WHERE idempotency_key = :key",
                Map.of("key", key), (row, n) -> row.getString("report") != null
                        ? json.readValue(row.getString("report"), IatiImport.class)
                        : new IatiImport(row.getInt("pledges"), row.getInt("receipts"), 0, List.of()))
                .stream().findFirst();
    }
}
