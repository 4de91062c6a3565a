package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.RequestHash;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records allocations, disbursements, expenditure and conversions with their postings, once per idempotency key
 * ({@link KeyedWrites}: a replay answers the first movement, a different movement under a used key is refused).
 * A movement that takes cash out (a disbursement, the sold side of a conversion) is refused when the currency's
 * cash cannot cover it from its value date on.
 */
@Service
class MovementBook implements Movements {

    private final NamedParameterJdbcTemplate jdbc;
    private final MarkedRecords records;
    private final FundBook register;
    private final AccountOpeningPostings books;
    private final FundCash cash;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final JournalTable postings;
    private final KeyedWrites keyed;

    MovementBook(NamedParameterJdbcTemplate jdbc, MarkedRecords records, FundBook register,
            AccountOpeningPostings books, FundCash cash, Ledger ledger, ApplicationEventPublisher events,
            JournalTable postings, KeyedWrites keyed) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.keyed = keyed;
        this.records = records;
        this.register = register;
        this.books = books;
        this.cash = cash;
        this.ledger = ledger;
        this.events = events;
    }

    @Override
    public Recorded<Movement> record(NewMovement request) {
        String asked = RequestHash.of("movement")
                .field("fund", request.fund() == null ? null : request.fund().strip().toUpperCase(Locale.ROOT))
                .field("kind", request.kind()).field("project", request.project()).field("amount", request.amount())
                .field("valueDate", request.valueDate()).field("description", request.description())
                .field("provenance", request.provenance()).field("marking", request.marking())
                .field("sold", request.conversion() == null ? null : request.conversion().sold())
                .field("rate", request.conversion() == null ? null : request.conversion().rate()).value();
        return keyed.onceUnder(request.idempotencyKey(), "movement", asked, postings::requestHash, this::underKey,
                key -> write(key, asked, request));
    }

    private Movement write(String key, String asked, NewMovement request) {
        String fund = register.fund(request.fund()).code();
        UUID id = Ids.next();
        Marking marking = request.marking() != null ? request.marking() : Marking.MISSION;
        Conversion conversion = request.conversion();
        var posting = ledger.post(conversion != null
                ? books.conversion(key, fund, conversion.sold(), request.amount(), request.valueDate(),
                        request.description(), "Movement:" + id, marking).askedAs(asked)
                : books.movement(key, fund, request.kind(), request.project(), request.amount(),
                        request.valueDate(), request.description(), "Movement:" + id, marking).askedAs(asked));
        if (conversion != null) {
            cash.neverNegative(fund, conversion.sold().currencyCode(), request.valueDate(), "soldAmount");
        } else if (request.kind() == MovementKind.DISBURSEMENT) {
            cash.neverNegative(fund, request.amount().currencyCode(), request.valueDate(), "amountUsd");
        }
        Movement movement = new Movement(id, fund, request.kind(), request.project(), request.amount(),
                request.valueDate(), request.description(), posting.posting().id(), request.provenance() != null
                        ? request.provenance() : new Provenance("entered by " + Viewers.current().username(),
                        request.valueDate(), ProvenanceStatus.EXACT),
                marking, conversion);
        jdbc.update("""
                INSERT INTO funding_movement (id, fund, kind, project, amount, currency, value_date, description,
                                              posting_id, sold_amount, sold_currency, rate, source, as_of,
                                              provenance_status, classification, releasable_to)
                VALUES (:id, :fund, :kind, :project, :amount, :currency, :valueDate, :description, :posting,
                        :soldAmount, :soldCurrency, :rate, :source, :asOf, :provenanceStatus, :classification,
                        :releasableTo)
                """, RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource()
                .addValue("id", id).addValue("fund", fund)
                .addValue("kind", movement.kind().name()).addValue("project", movement.project())
                .addValue("amount", movement.amount().amount())
                .addValue("currency", movement.amount().currencyCode()).addValue("valueDate", movement.valueDate())
                .addValue("description", movement.description()).addValue("posting", movement.posting())
                .addValue("soldAmount", conversion == null ? null : conversion.sold().amount())
                .addValue("soldCurrency", conversion == null ? null : conversion.sold().currencyCode())
                .addValue("rate", conversion == null ? null : conversion.rate()),
                movement.marking()), movement.provenance()));
        events.publishEvent(RecordChanged.created("Movement", id, movement, movement.marking()));
        return movement;
    }

    private Optional<Movement> underKey(String key) {
        return records.find(query().where(
                "m.posting_id IN (SELECT p.id FROM funding_posting p WHERE p.idempotency_key = :key)", "key", key),
                MovementBook::movement);
    }

    @Override
    public List<Movement> list(String fund) {
        return records.list(query().whereIfPresent(fund, "m.fund = :fund", "fund"), MovementBook::movement);
    }

    private static MarkedQuery query() {
        return MarkedQuery.select("m.*").from("funding_movement", "m").orderByDefault("m.value_date, m.kind");
    }

    private static Movement movement(ResultSet row, int n) throws SQLException {
        String sold = row.getString("sold_currency");
        return new Movement(row.getObject("id", UUID.class), row.getString("fund"),
                MovementKind.valueOf(row.getString("kind")), row.getString("project"),
                new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))),
                row.getObject("value_date", LocalDate.class), row.getString("description"),
                row.getObject("posting_id", UUID.class), Provenance.read(row), Marking.read(row),
                sold == null ? null : new Conversion(new Money(row.getBigDecimal("sold_amount"),
                        Currency.getInstance(sold)), row.getBigDecimal("rate")));
    }
}
