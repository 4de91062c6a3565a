package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.resolute.kernel.MarkedFigures;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.MarkedTable;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.jdbc.BulkRows;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Receipts: written here, read only as a {@link MarkedTable}. */
@Repository
class ReceiptTable extends MarkedTable<ContributionFilter, Receipt> {

    private final NamedParameterJdbcTemplate jdbc;
    private final MarkedFigures figures;
    private final BulkRows bulk;

    ReceiptTable(NamedParameterJdbcTemplate jdbc, MarkedRecords records, MarkedFigures figures, BulkRows bulk) {
        super(records, "funding_receipt", "r", "r.value_date DESC", ReceiptTable::receipt);
        this.jdbc = jdbc;
        this.figures = figures;
        this.bulk = bulk;
    }

    void insert(Receipt receipt) {
        jdbc.update("""
                INSERT INTO funding_receipt (id, donor, fund, pledge_id, pledge_year, amount, currency, value_date,
                                             bank_reference, usd_amount, usd_per_unit, rate_source, rate_date,
                                             posting_id, source, as_of, provenance_status, classification,
                                             releasable_to)
                VALUES (:id, :donor, :fund, :pledge, :pledgeYear, :amount, :currency, :valueDate, :bankReference,
                        :usd, :rate, :rateSource, :rateDate, :posting, :source, :asOf, :provenanceStatus,
                        :classification, :releasableTo)
                """, RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource()
                .addValue("id", receipt.id())
                .addValue("donor", receipt.donor()).addValue("fund", receipt.fund())
                .addValue("pledge", receipt.pledge()).addValue("pledgeYear", receipt.pledgeYear())
                .addValue("amount", receipt.amount().amount())
                .addValue("currency", receipt.amount().currencyCode()).addValue("valueDate", receipt.valueDate())
                .addValue("bankReference", receipt.bankReference()).addValue("usd", receipt.usd().amount())
                .addValue("rate", receipt.usdPerUnit()).addValue("rateSource", receipt.rateSource())
                .addValue("rateDate", receipt.rateDate()).addValue("posting", receipt.posting()),
                receipt.marking()), receipt.provenance()));
    }

    static final List<String> COLUMNS = List.of("id", "donor", "fund", "pledge_id", "pledge_year", "amount",
            "currency", "value_date", "bank_reference", "usd_amount", "usd_per_unit", "rate_source", "rate_date",
            "posting_id", "source", "as_of", "provenance_status", "classification", "releasable_to");

    /** Inserts many receipts at once (COPY on PostgreSQL), in the caller's transaction. */
    void insertAll(List<Receipt> receipts) {
        bulk.insert("funding_receipt", COLUMNS, receipts.stream().map(receipt -> new Object[] {receipt.id(),
                receipt.donor(), receipt.fund(), receipt.pledge(), receipt.pledgeYear(), receipt.amount().amount(),
                receipt.amount().currencyCode(), receipt.valueDate(), receipt.bankReference(),
                receipt.usd().amount(), receipt.usdPerUnit(), receipt.rateSource(), receipt.rateDate(),
                receipt.posting(), receipt.provenance().source(), receipt.provenance().asOf(),
                receipt.provenance().status().name(), receipt.marking().classification().name(),
                receipt.marking().releasabilityText()}).toList());
    }

    /** The receipt recorded under an idempotency key, if the viewer may see it. */
    Optional<Receipt> underKey(String key) {
        return findWhere("r.posting_id IN (SELECT p.id FROM funding_posting p WHERE p.idempotency_key = :key)",
                "key", key);
    }

    List<Receipt> ofPledge(UUID pledge) {
        return listWhere("r.pledge_id = :pledge", "pledge", pledge);
    }

    /**
     * How exact the receipts of a fund that the viewer may see are, up to a date (or all of them): the provenance
     * statuses they carry, for the status of a figure computed from them.
     */
    Set<ProvenanceStatus> provenanceStatuses(String fund, LocalDate asOf) {
        Set<ProvenanceStatus> statuses = EnumSet.noneOf(ProvenanceStatus.class);
        figures.grouped(MarkedQuery.select("r.provenance_status, MIN(r.source) AS source").from("funding_receipt", "r")
                .where("r.fund = :fund", "fund", fund).whereIfPresent(asOf, "r.value_date <= :asOf", "asOf")
                .groupBy("r.provenance_status"),
                (row, n) -> statuses.add(Provenance.read(row, "source", null).status()));
        return statuses;
    }

    @Override
    protected MarkedQuery matching(ContributionFilter filter) {
        return all().whereIfPresent(filter.donor(), "r.donor = :donor", "donor")
                .whereIfPresent(filter.fund(), "r.fund = :fund", "fund")
                .whereIfPresent(filter.year(), "r.pledge_year = :year", "year")
                .sortable("valueDate", "r.value_date").sortable("donor", "r.donor").sortable("fund", "r.fund")
                .sortable("usd", "r.usd_amount");
    }

    static Receipt receipt(ResultSet row, int n) throws SQLException {
        return new Receipt(row.getObject("id", UUID.class), row.getString("donor"), row.getString("fund"),
                row.getObject("pledge_id", UUID.class), row.getInt("pledge_year"),
                new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))),
                row.getObject("value_date", LocalDate.class), row.getString("bank_reference"),
                new Money(row.getBigDecimal("usd_amount"), Currency.getInstance("USD")),
                row.getBigDecimal("usd_per_unit"), row.getString("rate_source"),
                row.getObject("rate_date", LocalDate.class), row.getObject("posting_id", UUID.class),
                Provenance.read(row), Marking.read(row));
    }
}
