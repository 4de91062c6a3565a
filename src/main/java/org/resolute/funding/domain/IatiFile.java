package org.resolute.funding.domain;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.resolute.kernel.InvalidInput;

/**
 * Reads the incoming transactions of an IATI activity file (versions 2.01 to 2.03): incoming pledges (13),
 * incoming commitments (11) and incoming funds (1), with their provider, value, currency and value date. Every
 * problem is collected and reported naming the element; external entities and DTDs are refused.
 */
final class IatiFile {

    static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");
    static final Set<String> INCOMING = Set.of("1", "11", "13");

    private IatiFile() {
    }

    /** One incoming transaction of an activity. */
    record Incoming(String activity, int index, String type, String provider, BigDecimal amount, String currency,
            LocalDate valueDate) {

        String where() {
            return "iati-activity '" + activity + "' transaction[" + index + "]";
        }
    }

    static List<Incoming> read(Reader in) {
        List<String> errors = new ArrayList<>();
        List<Incoming> found = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            new Walk(xml, errors, found).run();
        } catch (XMLStreamException | RuntimeException e) {
            errors.add("the file is not well-formed XML: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().replaceAll("\\s+", " ")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("file", String.join("; ", errors.subList(0, Math.min(errors.size(), 20))));
        }
        return found;
    }

    /** A pass over the document that keeps where it is: activity, its default currency, the transaction. */
    private static final class Walk {

        private final XMLStreamReader xml;
        private final List<String> errors;
        private final List<Incoming> found;
        private boolean root;
        private String activity = "";
        private String defaultCurrency;
        private int index;
        private String type;
        private String provider;
        private String amount;
        private String currency;
        private String valueDate;
        private final StringBuilder text = new StringBuilder();

        Walk(XMLStreamReader xml, List<String> errors, List<Incoming> found) {
            this.xml = xml;
            this.errors = errors;
            this.found = found;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            if (!root) {
                errors.add("iati-activities: the root element is missing");
            }
        }

        private void start(String element) {
            switch (element) {
                case "iati-activities" -> {
                    root = true;
                    String version = attribute("version");
                    if (!VERSIONS.contains(version)) {
                        errors.add("iati-activities/@version: '" + version + "' is not 2.01, 2.02 or 2.03");
                    }
                }
                case "iati-activity" -> {
                    activity = "";
                    index = 0;
                    defaultCurrency = attribute("default-currency");
                }
                case "transaction" -> {
                    index++;
                    type = null;
                    provider = null;
                    amount = null;
                    currency = defaultCurrency;
                    valueDate = null;
                }
                case "transaction-type" -> type = attribute("code");
                case "provider-org" -> provider = attribute("ref");
                case "value" -> {
                    valueDate = attribute("value-date");
                    if (attribute("currency") != null) {
                        currency = attribute("currency");
                    }
                }
                default -> {
                }
            }
        }

        private void end(String element) {
            switch (element) {
                case "iati-identifier" -> activity = text.toString().strip();
                case "value" -> amount = text.toString().strip();
                case "transaction" -> transaction();
                default -> {
                }
            }
        }

        private void transaction() {
            String where = "iati-activity '" + activity + "' transaction[" + index + "]";
            if (type == null) {
                errors.add(where + "/transaction-type: missing");
                return;
            }
            if (!INCOMING.contains(type)) {
                return;
            }
            int before = errors.size();
            if (provider == null || provider.isBlank()) {
                errors.add(where + "/provider-org/@ref: an incoming transaction names its provider");
            }
            BigDecimal value = null;
            try {
                value = new BigDecimal(amount == null ? "" : amount);
                if (value.signum() <= 0 || value.scale() > 4) {
                    errors.add(where + "/value: '" + amount + "' must be above zero with at most 4 decimals");
                }
            } catch (NumberFormatException e) {
                errors.add(where + "/value: '" + amount + "' is not a number");
            }
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                errors.add(where + "/value/@currency: '" + currency + "' is not an ISO 4217 code (and the activity "
                        + "has no default-currency)");
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(valueDate == null ? "" : valueDate);
            } catch (RuntimeException e) {
                errors.add(where + "/value/@value-date: '" + valueDate + "' is not a date YYYY-MM-DD");
            }
            if (errors.size() == before) {
                found.add(new Incoming(activity, index, type, provider.strip(), value,
                        currency.toUpperCase(Locale.ROOT), date));
            }
        }

        private String attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }
    }
}
