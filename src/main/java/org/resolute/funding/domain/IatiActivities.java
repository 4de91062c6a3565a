package org.resolute.funding.domain;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.resolute.funding.Fund;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Component;

/**
 * Writes a fund as one IATI 2.03 activity as of a date. Transactions: a pledge as an incoming pledge (13) on the day
 * announced and, once confirmed, an incoming commitment (11) on the Board meeting's day; a receipt the viewer may
 * see as incoming funds (1); allocations, disbursements and expenditure as outgoing commitment (2), disbursement
 * (3), expenditure (4), each naming its project and the organisation that receives the project's money. Every value
 * carries its currency and value date.
 *
 * <p>The activity is reported by the fund's reporting organisation ({@link IatiPublishers}): its identifier is that
 * organisation's identifier, a hyphen and the fund's code. The activity declares the fund's DAC sector, or, when a
 * project it pays has a sector of its own, a sector on every transaction and none on the activity (IATI rules 6.2.2,
 * 6.6.2, 6.7.2). Its last-updated-datetime is when the data it shows were last written, not the export's time.
 *
 * <p>The fund's contributions are public as totals (the transparency page's cumulative contributions, from the
 * books) while most receipts are not. So the contributions of each year not shown receipt by receipt are written as
 * one incoming-funds transaction in US dollars, from the books, with a narrative saying so, as IATI allows for
 * aggregated data: the file's incoming funds (each receipt at its recorded US dollar value) add up to the public
 * figure at the same date, and no receipt the viewer may not see is shown on its own.
 */
@Component
class IatiActivities {

    private final FundBook register;
    private final Pledges pledges;
    private final Receipts receipts;
    private final Movements movements;
    private final Ledger ledger;
    private final FundReports reports;
    private final IatiPublishers publishers;
    private final Clock clock;

    IatiActivities(FundBook register, Pledges pledges, Receipts receipts, Movements movements, Ledger ledger,
            FundReports reports, IatiPublishers publishers, Clock clock) {
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.movements = movements;
        this.ledger = ledger;
        this.reports = reports;
        this.publishers = publishers;
        this.clock = clock;
    }

    String export(String code, LocalDate asOf) {
        Fund fund = register.fund(code);
        IatiPublishers.Publisher publisher = publishers.publisher(fund.code()).orElseThrow(() -> new InvalidInput(
                "code", fund.code() + " has no IATI reporting organisation recorded (funding/iati-funds.csv)"));
        Map<String, IatiPublishers.Project> projects = publishers.projects(fund.code());
        Map<String, Donor> donors = new HashMap<>();
        register.donors().forEach(donor -> donors.put(donor.code(), donor));
        String sector = publisher.sector();
        List<IatiTransaction> transactions = new ArrayList<>();
        List<UUID> pledgesShown = new ArrayList<>();
        List<UUID> postingsShown = new ArrayList<>();
        for (Pledge pledge : pledges.list(new ContributionFilter(null, fund.code(), null))) {
            if (pledge.status() == PledgeStatus.CANCELLED || pledge.announcedOn().isAfter(asOf)) {
                continue;
            }
            pledgesShown.add(pledge.id());
            Money total = new Money(pledge.annualAmount().amount().multiply(BigDecimal.valueOf(pledge.years())),
                    pledge.annualAmount().currency());
            String text = "Pledge " + pledge.firstYear() + (pledge.years() > 1 ? "-" + pledge.lastYear() : "");
            IatiTransaction.Org donor = donor(donors.get(pledge.donor()));
            transactions.add(new IatiTransaction("13", pledge.announcedOn(), total, text, donor, null, null, sector));
            if (pledge.boardMeeting() != null) {
                LocalDate confirmed = register.boardMeeting(pledge.boardMeeting()).heldOn();
                transactions.add(new IatiTransaction("11", confirmed, total, text + ", confirmed by the Board", donor,
                        null, null, sector));
            }
        }
        List<Receipt> shown = receipts.list(new ContributionFilter(null, fund.code(), null)).stream()
                .filter(receipt -> !receipt.valueDate().isAfter(asOf)).toList();
        for (Receipt receipt : shown) {
            postingsShown.add(receipt.posting());
            transactions.add(new IatiTransaction("1", receipt.valueDate(), receipt.amount(), "Receipt "
                    + receipt.bankReference(), donor(donors.get(receipt.donor())), null, receipt.id().toString(),
                    sector));
        }
        transactions.addAll(contributionsNotShown(fund, asOf, shown, sector));
        for (Movement movement : movements.list(fund.code())) {
            String type = switch (movement.kind()) {
                case ALLOCATION -> "2";
                case DISBURSEMENT -> "3";
                case EXPENDITURE -> "4";
                case CONVERSION -> null; // the fund's own treasury, no IATI transaction type
            };
            if (type == null || movement.valueDate().isAfter(asOf)) {
                continue;
            }
            postingsShown.add(movement.posting());
            transactions.add(outgoing(type, movement, projects.get(movement.project()), sector));
        }
        transactions.removeIf(transaction -> transaction.date().isAfter(asOf));
        transactions.sort(Comparator.comparing(IatiTransaction::date).thenComparing(IatiTransaction::type));
        boolean perTransaction = transactions.stream().anyMatch(transaction -> !sector.equals(transaction.sector()));
        List<IatiTransaction> written = perTransaction ? transactions
                : transactions.stream().map(transaction -> transaction.withSector(null)).toList();
        List<Instant> changes = new ArrayList<>();
        changes.add(publisher.changedAt());
        projects.values().forEach(project -> changes.add(project.changedAt()));
        publishers.pledgesChanged(pledgesShown).ifPresent(changes::add);
        publishers.posted(postingsShown).ifPresent(changes::add);
        publishers.contributionsPosted(fund.code(), asOf).ifPresent(changes::add);
        Instant lastUpdated = changes.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        try {
            return write(fund, publisher, perTransaction, lastUpdated, written);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the IATI file of " + fund.code(), e);
        }
    }

    /** A donor as a provider: its identifier, and type 10 (government) for a nation, whose government gives. */
    private static IatiTransaction.@Nullable Org donor(@Nullable Donor donor) {
        return donor == null ? null : new IatiTransaction.Org(donor.iatiIdentifier(),
                donor.kind() == DonorKind.NATION ? "10" : null, donor.name());
    }

    /**
     * An allocation, disbursement or expenditure: the project by name and code, received by the project's receiving
     * organisation, in the project's sector; a project not recorded keeps its code and the fund's sector.
     */
    private static IatiTransaction outgoing(String type, Movement movement, IatiPublishers.@Nullable Project project,
            String fundSector) {
        if (project == null) {
            return new IatiTransaction(type, movement.valueDate(), movement.amount(), "Project " + movement.project()
                    + ": " + movement.description(), null, null, null, fundSector);
        }
        return new IatiTransaction(type, movement.valueDate(), movement.amount(), project.name() + " ("
                + project.code() + "): " + movement.description(), null, new IatiTransaction.Org(
                project.receiverRef(), project.receiverType(), project.receiverName()), null, project.sector());
    }

    /**
     * Per year up to asOf, the fund's contributions in the books less the receipts shown: the year's total from the
     * journal over every entry (as the published figure is computed), the last year's as the public cumulative
     * figure at asOf less the years before, so that the file adds
     * up to the very figure the transparency page shows.
     */
    private List<IatiTransaction> contributionsNotShown(Fund fund, LocalDate asOf, List<Receipt> shown,
            String sector) {
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
        List<IatiTransaction> aggregated = new ArrayList<>();
        byYear.forEach((year, notShown) -> {
            if (notShown.signum() != 0) {
                LocalDate end = LocalDate.of(year, 12, 31);
                LocalDate date = end.isAfter(asOf) ? asOf : end;
                aggregated.add(new IatiTransaction("1", date, new Money(notShown, Currency.getInstance("USD")),
                        "Contributions received in " + year + (date.equals(end) ? "" : " up to " + date)
                                + " whose receipts are not published one by one (the donors' detail is not public): "
                                + "their sum in US dollars from " + fund.code() + "'s books, part of the public "
                                + "cumulative contributions of " + cumulative.toPlainString() + " USD as of " + asOf,
                        new IatiTransaction.Org(null, null, "Donors to " + fund.name()
                                + " (aggregated, not disclosed individually)"), null, null, sector));
            }
        });
        return aggregated;
    }

    private String write(Fund fund, IatiPublishers.Publisher publisher, boolean sectorPerTransaction,
            @Nullable Instant lastUpdated, List<IatiTransaction> transactions) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeStartElement("iati-activity");
        if (lastUpdated != null) {
            xml.writeAttribute("last-updated-datetime", lastUpdated.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        xml.writeAttribute("xml:lang", "en");
        xml.writeAttribute("default-currency", "USD");
        xml.writeStartElement("iati-identifier");
        xml.writeCharacters(fund.iatiIdentifier());
        xml.writeEndElement();
        IatiTransaction.Org reporting = new IatiTransaction.Org(publisher.orgRef(), publisher.orgType(),
                publisher.orgName());
        IatiTransaction.org(xml, "reporting-org", reporting);
        element(xml, "title", fund.name());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        IatiTransaction.narrative(xml, fund.purpose());
        xml.writeEndElement();
        xml.writeStartElement("participating-org");
        xml.writeAttribute("ref", publisher.orgRef());
        xml.writeAttribute("role", "3");
        xml.writeAttribute("type", publisher.orgType());
        IatiTransaction.narrative(xml, publisher.orgName());
        xml.writeEndElement();
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", "2");
        if (fund.established() != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", "2");
            xml.writeAttribute("iso-date", fund.established().toString());
        }
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", "AF");
        if (!sectorPerTransaction) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", publisher.sector());
        }
        for (IatiTransaction transaction : transactions) {
            transaction.write(xml);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        IatiTransaction.narrative(xml, text);
        xml.writeEndElement();
    }
}
