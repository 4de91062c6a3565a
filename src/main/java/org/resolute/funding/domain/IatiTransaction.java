package org.resolute.funding.domain;

import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Money;

/**
 * One IATI transaction of a fund's activity: its type code, day, value, who gave the money (a donor, or only a name
 * for an aggregate) or received it (a project's receiving organisation), its reference (a receipt's id) and, when the
 * activity declares its sectors per transaction, its DAC sector. Written in the order the 2.03 schema requires.
 */
record IatiTransaction(String type, LocalDate date, Money value, String description, @Nullable Org provider,
        @Nullable Org receiver, @Nullable String ref, @Nullable String sector) {

    /** An organisation as IATI names it: its identifier where it has one, its type where known, its name. */
    record Org(@Nullable String ref, @Nullable String type, String name) {
    }

    boolean outgoing() {
        return type.equals("2") || type.equals("3") || type.equals("4");
    }

    IatiTransaction withSector(String code) {
        return new IatiTransaction(type, date, value, description, provider, receiver, ref, code);
    }

    void write(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("transaction");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        xml.writeEmptyElement("transaction-type");
        xml.writeAttribute("code", type);
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
        org(xml, "provider-org", provider);
        org(xml, "receiver-org", receiver);
        if (sector != null) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", sector);
        }
        xml.writeEndElement();
    }

    static void org(XMLStreamWriter xml, String element, @Nullable Org org) throws XMLStreamException {
        if (org == null) {
            return;
        }
        xml.writeStartElement(element);
        if (org.ref() != null) {
            xml.writeAttribute("ref", org.ref());
        }
        if (org.type() != null) {
            xml.writeAttribute("type", org.type());
        }
        narrative(xml, org.name());
        xml.writeEndElement();
    }

    static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
