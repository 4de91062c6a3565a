package org.resolute.funding.domain;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.resolute.funding.Donor;
import org.resolute.funding.Fund;
import org.resolute.funding.FundRegister;
import org.resolute.funding.Movement;
import org.resolute.funding.Movements;
import org.resolute.funding.Pledge;
import org.resolute.funding.PledgeFilter;
import org.resolute.funding.PledgeStatus;
import org.resolute.funding.Pledges;
import org.resolute.funding.Receipt;
import org.resolute.funding.Receipts;
import org.resolute.kernel.Money;
import org.springframework.stereotype.Component;

/**
 * Writes a fund as one IATI 2.03 activity. Transactions: a pledge as an incoming pledge (13) on the day announced
 * and, once confirmed, an incoming commitment (11) on the Board meeting's day; a receipt as incoming funds (1);
 * allocations, disbursements and expenditure as outgoing commitment (2), disbursement (3), expenditure (4). Every
 * value carries its currency and value date.
 */
@Component
class IatiActivities {

    private final FundRegister register;
    private final Pledges pledges;
    private final Receipts receipts;
    private final Movements movements;
    private final Clock clock;

    IatiActivities(FundRegister register, Pledges pledges, Receipts receipts, Movements movements, Clock clock) {
        this.register = register;
        this.pledges = pledges;
        this.receipts = receipts;
        this.movements = movements;
        this.clock = clock;
    }

    String export(String code) {
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
            transactions.add(new Transaction("13", pledge.announcedOn(), total, text, donors.get(pledge.donor()),
                    null));
            if (pledge.boardMeeting() != null) {
                LocalDate confirmed = register.boardMeeting(pledge.boardMeeting()).heldOn();
                transactions.add(new Transaction("11", confirmed, total, text + ", confirmed by the Board",
                        donors.get(pledge.donor()), null));
            }
        }
        for (Receipt receipt : receipts.list(new PledgeFilter(null, fund.code(), null))) {
            transactions.add(new Transaction("1", receipt.valueDate(), receipt.amount(), "Receipt "
                    + receipt.bankReference(), donors.get(receipt.donor()), null));
        }
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
                    null, movement.project()));
        }
        transactions.sort(Comparator.comparing(Transaction::date).thenComparing(Transaction::type));
        try {
            return write(fund, transactions);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the IATI file of " + fund.code(), e);
        }
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

    /** One transaction: an IATI transaction type code, its day, its value, and who gave or received it. */
    private record Transaction(String type, LocalDate date, Money value, String description, Donor provider,
            String receiver) {

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement("transaction");
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
            if (provider != null) {
                xml.writeStartElement("provider-org");
                xml.writeAttribute("ref", provider.iatiIdentifier());
                narrative(xml, provider.name());
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
