package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resolute.kernel.DemoPart;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.csv.CsvRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's books, loaded once on the first start through the same services fund managers use: the demo rate
 * table, Board meetings, the published pledges and receipts (public, with their sources) and the illustrative
 * per-donor detail written by {@code funding-demo.py}, marked as released to the donor's nation only and labelled
 * illustrative, adding up to the published ANA Trust Fund total.
 */
@Component
@Profile("demo")
class FundingDemoData extends DemoPart {

    static final String RATE_PROVENANCE = "Demo rate table: approximate yearly averages, not an official fixing";
    static final String ILLUSTRATIVE = "Illustrative: consistent with the published totals (S37, S40)";
    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);

    private final FundBook register;
    private final Pledges pledges;
    private final Receipts receipts;
    private final Movements movements;
    private final FundReports reports;
    private final PledgeTable pledgeTable;

    FundingDemoData(FundBook register, Pledges pledges, Receipts receipts, Movements movements,
            FundReports reports, PledgeTable pledgeTable) {
        super("demo.dataset.funding", 35);
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.movements = movements;
        this.reports = reports;
        this.pledgeTable = pledgeTable;
    }

    @Override
    public void load() {
        if (pledgeTable.countAll() > 0) {
            return;
        }
        FundingCsv.read("rates.csv", List.of("currency", "rate_date", "usd_per_unit"), row -> new ExchangeRate(
                row.required("currency"), row.date("rate_date"), "DEMO", new BigDecimal(row.required(
                "usd_per_unit")), RATE_PROVENANCE)).forEach(register::storeRate);
        Map<LocalDate, BoardMeeting> meetings = new HashMap<>();
        FundingCsv.read("meetings.csv", List.of("fund", "held_on", "title", "source"), row ->
                register.recordBoardMeeting(row.required("fund"), row.date("held_on"), row.required("title"),
                        row.required("source"))).forEach(meeting -> meetings.put(meeting.heldOn(), meeting));
        published(meetings);
        illustrative(meetings);
        log.info("Loaded the funding demo books");
    }

    private void published(Map<LocalDate, BoardMeeting> meetings) {
        Map<String, PublishedFigure> figures = new HashMap<>();
        for (String fund : List.of("ANATF", "LOTFA", "ASFF")) {
            reports.publishedFigures(fund).forEach(figure -> figures.put(fund + "|" + figure.scope() + "|"
                    + figure.metric(), figure));
        }
        FundingCsv.read("published-records.csv", List.of("fund", "scope", "metric", "record", "donor", "year",
                "value_date", "meeting"), row -> row).forEach(row -> {
                    PublishedFigure figure = figures.get(row.required("fund") + "|" + row.required("scope") + "|"
                            + row.required("metric"));
                    Money amount = new Money(figure.amount(), Currency.getInstance(figure.currency()));
                    Provenance provenance = new Provenance(figure.provenance().source(), row.date("value_date"),
                            figure.provenance().status());
                    if (row.required("record").equals("PLEDGE")) {
                        Pledge pledge = pledges.announce(new NewPledge(row.required("donor"), row.required("fund"),
                                row.optionalInteger("year"), 0, amount, row.date("value_date"), provenance,
                                Marking.PUBLIC));
                        if (row.optionalDate("meeting") != null) {
                            pledges.confirm(pledge.id(), meetings.get(row.date("meeting")).id());
                        }
                    } else {
                        receipts.record(new NewReceipt("demo-published-" + row.line(), row.required("donor"),
                                row.required("fund"), null, row.optionalInteger("year"), amount,
                                row.date("value_date"), "published figure " + figure.provenance().source(),
                                provenance, Marking.PUBLIC));
                    }
                });
    }

    private void illustrative(Map<LocalDate, BoardMeeting> meetings) {
        Map<String, Donor> donors = new HashMap<>();
        register.donors().forEach(donor -> donors.put(donor.code(), donor));
        FundingCsv.read("pledges.csv", List.of("fund", "donor", "first_year", "last_year", "annual_amount",
                "currency", "announced_on", "confirmed_at"), row -> row).forEach(row -> {
                    Pledge pledge = pledges.announce(new NewPledge(row.required("donor"), row.required("fund"),
                            row.optionalInteger("first_year"), row.optionalInteger("last_year"), money(row,
                            "annual_amount"), row.date("announced_on"), provenance(row.date("announced_on")),
                            releasedTo(donors.get(row.required("donor")))));
                    if (row.optionalDate("confirmed_at") != null) {
                        pledges.confirm(pledge.id(), meetings.get(row.date("confirmed_at")).id());
                    }
                });
        FundingCsv.read("receipts.csv", List.of("fund", "donor", "pledge_year", "value_date", "amount", "currency",
                "bank_reference"), row -> row).forEach(row -> receipts.record(new NewReceipt(
                "demo-receipt-" + row.line(), row.required("donor"), row.required("fund"), null,
                row.optionalInteger("pledge_year"), money(row, "amount"), row.date("value_date"),
                row.required("bank_reference"), provenance(row.date("value_date")),
                releasedTo(donors.get(row.required("donor"))))));
        FundingCsv.read("movements.csv", List.of("fund", "kind", "project", "amount_usd", "value_date",
                "description", "sold_amount", "sold_currency", "rate"), row -> row).forEach(row -> movements.record(
                        movement(row)));
    }

    /** A movement of the demo; a conversion's amount in US dollars is what the rate gives, written for the reader. */
    private static NewMovement movement(CsvRecord row) {
        Money usd = new Money(new BigDecimal(row.required("amount_usd")), Currency.getInstance("USD"));
        MovementKind kind = row.oneOf("kind", MovementKind.class);
        if (kind != MovementKind.CONVERSION) {
            return new NewMovement("demo-movement-" + row.line(), row.required("fund"), kind,
                    row.required("project"), usd, row.date("value_date"), row.required("description"),
                    provenance(row.date("value_date")), Marking.MISSION);
        }
        NewMovement conversion = NewMovement.conversion("demo-movement-" + row.line(), row.required("fund"),
                new Money(new BigDecimal(row.required("sold_amount")), Currency.getInstance(row.required(
                        "sold_currency"))), usd.currency(), new BigDecimal(row.required("rate")),
                row.date("value_date"), row.required("description"), provenance(row.date("value_date")),
                Marking.MISSION);
        if (conversion.amount().compareTo(usd) != 0) {
            throw new CsvRecord.BadField("movements.csv line " + row.line() + ": amount_usd " + usd
                    + " is not sold_amount times rate, " + conversion.amount());
        }
        return conversion;
    }

    private static Money money(CsvRecord row, String column) {
        return new Money(new BigDecimal(row.required(column)), Currency.getInstance(row.required("currency")));
    }

    private static Provenance provenance(LocalDate asOf) {
        return Provenance.illustrative(ILLUSTRATIVE, asOf);
    }

    private static Marking releasedTo(Donor donor) {
        return donor.defaultMarking();
    }
}
