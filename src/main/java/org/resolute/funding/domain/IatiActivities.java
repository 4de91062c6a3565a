package org.resolute.funding.domain;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.resolute.funding.AccountKind;
import org.resolute.funding.Donor;
import org.resolute.funding.Fund;
import org.resolute.funding.FundRegister;
import org.resolute.funding.FundReports;
import org.resolute.funding.Ledger;
import org.resolute.funding.Movement;
import org.resolute.funding.Movements;
import org.resolute.funding.Pledge;
import org.resolute.funding.PledgeFilter;
import org.resolute.funding.PledgeStatus;
import org.resolute.funding.Pledges;
import org.resolute.funding.PublicFund;
import org.resolute.funding.Receipt;
import org.resolute.funding.Receipts;
import org.resolute.kernel.Money;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Component;

/**
 * Writes a fund as one IATI 2.03 activity as of a date. Transactions: a pledge as an incoming pledge (13) on the day
 * announced and, once confirmed, an incoming commitment (11) on the Board meeting's day; a receipt the viewer may
 * see as incoming funds (1); allocations, disbursements and expenditure as outgoing commitment (2), disbursement
 * (3), expenditure (4). Every value carries its currency and value date.
 *
 * <p>The fund's contributions are public as totals (the transparency page's cumulative contributions, from the
 * books) while most receipts are not. So the contributions of each year not shown receipt by receipt are written as
 * one incoming-funds transaction in US dollars, from the books, with a narrative saying so, as IATI allows for
 * aggregated data: the file's incoming funds (each receipt at its recorded US dollar value) add up to the public
 * figure at the same date, and no receipt the viewer may not see is shown on its own.
 */
@Component
class IatiActivities {

    private final FundRegister register;
    private final Pledges pledges;
    private final Receipts receipts;
    private final Movements movements;
    private final Ledger ledger;
    private final FundReports reports;
    private final Clock clock;

    IatiActivities(FundRegister register, Pledges pledges, Receipts receipts, Movements movements, Ledger ledger,
            FundReports reports, Clock clock) {
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.movements = movements;
        this.ledger = ledger;
        this.reports = reports;
        this.clock = clock;
    }

    String export(String code, LocalDate asOf) {
        Fund fund = register.fund(code);
        Map<String, Donor> donors = new HashMap<>();
        register.donors().forEach(donor -> donors.put(donor.code(), donor));
        List<Transaction> transactions = new ArrayList<>();
        for (Pledge pledge : pledges.list(new PledgeFilter(null, fund.code(), null))) {
            if (pledge.status() == PledgeStatus.CANCELLED) {
                continue;
            }
            Money total = new Money(pledge.annualAmount().amount().multiply(BigDecimal.valueOf(pledge.years())),
                    pledge.annualAmount().currency());
            String text = "Pledge " + pledge.firstYear() + (pledge.years() > 1 ? "-" + pledge.lastYear() : "");
            Donor donor = donors.get(pledge.donor());
            transactions.add(new Transaction("13", pledge.announcedOn(), total, text, donor, null, null));
            if (pledge.boardMeeting() != null) {
                LocalDate confirmed = register.boardMeeting(pledge.boardMeeting()).heldOn();
                transactions.add(new Transaction("11", confirmed, total, text + ", confirmed by the Board", donor,
                        null, null));
            }
        }
        List<Receipt> shown = receipts.list(new PledgeFilter(null, fund.code(), null)).stream()
                .filter(receipt -> !receipt.valueDate().isAfter(asOf)).toList();
        for (Receipt receipt : shown) {
            transactions.add(new Transaction("1", receipt.valueDate(), receipt.amount(), "Receipt "
                    + receipt.bankReference(), donors.get(receipt.donor()), null, receipt.id().toString()));
        }
        transactions.addAll(contributionsNotShown(fund, asOf, shown));
        for (Movement movement : movements.list(fund.code())) {
            String type = switch (movement.kind()) {
                case ALLOCATION -> "2";
                case DISBURSEMENT -> "3";
                case EXPENDITURE -> "4";
                case CONVERSION -> null; // the fund's own treasury, no IATI transaction type
            };
            if (type == null) {
                continue;
            }
            transactions.add(new Transaction(type, movement.valueDate(), movement.amount(), movement.description(),
                    null, movement.project(), null));
        }
        transactions.removeIf(transaction -> transaction.date().isAfter(asOf));
        transactions.sort(Comparator.comparing(Transaction::date).thenComparing(Transaction::type));
        try {
            return write(fund, transactions);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the IATI file of " + fund.code(), e);
        }
    }

    /**
     * Per year up to asOf, the fund's contributions in the books less the receipts shown: the year's total from the
     * journal over every entry (as the published figure is computed), the last year's as the public cumulative
     * figure at asOf less the years before, so that the file adds
     * up to the very figure the transparency page shows.
     */
    private List<Transaction> contributionsNotShown(Fund fund, LocalDate asOf, List<Receipt> shown) {
        BigDecimal cumulative = reports.publicTotals(asOf).stream().filter(total -> total.code().equals(fund.code()))
                .map(PublicFund::cumulativeContributionsUsd).findFirst().orElse(BigDecimal.ZERO);
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        BigDecimal before = BigDecimal.ZERO;
        SortedMap<Integer, BigDecimal> booked = Viewers.runAs(Viewer.SYSTEM,
                () -> ledger.totalsByYear(fund.code(), AccountKind.CONTRIBUTION, "USD"));
        for (Map.Entry<Integer, BigDecimal> year : booked.headMap(asOf.getYear()).entrySet()) {
            BigDecimal total = year.getValue().negate().setScale(2, RoundingMode.HALF_EVEN);
            byYear.put(year.getKey(), total);
            before = before.add(total);
        }
        byYear.put(asOf.getYear(), cumulative.subtract(before));
        for (Receipt receipt : shown) {
            byYear.merge(receipt.valueDate().getYear(), receipt.usd().amount().negate(), BigDecimal::add);
        }
        List<Transaction> aggregated = new ArrayList<>();
        byYear.forEach((year, notShown) -> {
            if (notShown.signum() != 0) {
                LocalDate end = LocalDate.of(year, 12, 31);
                LocalDate date = end.isAfter(asOf) ? asOf : end;
                aggregated.add(new Transaction("1", date, new Money(notShown, Currency.getInstance("USD")),
                        "Contributions received in " + year + (date.equals(end) ? "" : " up to " + date)
                                + " whose receipts are not published one by one (the donors' detail is not public): "
                                + "their sum in US dollars from " + fund.code() + "'s books, part of the public "
                                + "cumulative contributions of " + cumulative.toPlainString() + " USD as of " + asOf,
                        null, "Donors to " + fund.name() + " (aggregated, not disclosed individually)", null,
                        null));
            }
        });
        return aggregated;
    }

    private String write(Fund fund, List<Transaction> transactions) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", now);
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", now);
        xml.writeAttribute("xml:lang", "en");
        xml.writeAttribute("default-currency", "USD");
        text(xml, "iati-identifier", fund.iatiIdentifier());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", fund.iatiIdentifier());
        xml.writeAttribute("type", "40");
        narrative(xml, fund.administrator());
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(xml, fund.name());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, fund.purpose());
        xml.writeEndElement();
        xml.writeStartElement("participating-org");
        xml.writeAttribute("ref", fund.iatiIdentifier());
        xml.writeAttribute("role", "3");
        narrative(xml, fund.administrator());
        xml.writeEndElement();
        empty(xml, "activity-status", "code", "2");
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", "2");
        xml.writeAttribute("iso-date", (fund.established() == null ? LocalDate.of(2002, 1, 1) : fund.established())
                .toString());
        empty(xml, "recipient-country", "code", "AF");
        for (Transaction transaction : transactions) {
            transaction.write(xml);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text);
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    /**
     * One transaction: an IATI transaction type code, its day, its value, who gave it (a donor, or only a name for
     * an aggregate) or received it, and its reference (a receipt's id).
     */
    private record Transaction(String type, LocalDate date, Money value, String description, String providerRef,
            String providerName, String receiver, String ref) {

        Transaction(String type, LocalDate date, Money value, String description, Donor provider, String receiver,
                String ref) {
            this(type, date, value, description, provider == null ? null : provider.iatiIdentifier(),
                    provider == null ? null : provider.name(), receiver, ref);
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement("transaction");
            if (ref != null) {
                xml.writeAttribute("ref", ref);
            }
            empty(xml, "transaction-type", "code", type);
            xml.writeEmptyElement("transaction-date");
            xml.writeAttribute("iso-date", date.toString());
            xml.writeStartElement("value");
            xml.writeAttribute("currency", value.currencyCode());
            xml.writeAttribute("value-date", date.toString());
            xml.writeCharacters(value.amount().toPlainString());
            xml.writeEndElement();
            xml.writeStartElement("description");
            narrative(xml, description);
            xml.writeEndElement();
            if (providerName != null) {
                xml.writeStartElement("provider-org");
                if (providerRef != null) {
                    xml.writeAttribute("ref", providerRef);
                }
                narrative(xml, providerName);
                xml.writeEndElement();
            }
            if (receiver != null) {
                xml.writeStartElement("receiver-org");
                narrative(xml, receiver);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }
}
