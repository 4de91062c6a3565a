package org.resolute.funding.domain;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.resolute.kernel.InvalidInput;

/**
 * Reads an IATI activity file as publishers write it: versions 2.01 to 2.03, the version given on the root
 * {@code iati-activities} or only on each {@code iati-activity}, the file's encoding taken from its declaration or
 * byte-order mark. It keeps each activity's identifier, version, default currency and transactions as written; what
 * to import is decided elsewhere ({@link IatiImportPlan}). A file of IATI 1.x is refused with one error naming the
 * version; a file that is not well-formed XML, or has no readable version, is refused with every problem named.
 * External entities and DTDs are refused.
 */
final class IatiFile {

    static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");
    /** The transaction types an import stores: incoming funds, incoming commitment, incoming pledge. */
    static final Set<String> INCOMING = Set.of("1", "11", "13");

    private IatiFile() {
    }

    /** One iati-activity: its position in the file (from 1), its iati-identifier ("" when absent), its version. */
    record Activity(int position, String identifier, String version, String defaultCurrency,
            List<Transaction> transactions) {

        String where() {
            return identifier.isEmpty() ? "iati-activity[" + position + "]" : "iati-activity '" + identifier + "'";
        }
    }

    /**
     * One transaction as written, every value still text: its position in its activity (from 1), type code,
     * provider-org ref and first narrative, value, value currency (null: the activity's default), value date,
     * transaction date, and the receiver-org's receiver-activity-id.
     */
    record Transaction(int index, String type, String provider, String providerName, String amount, String currency,
            String valueDate, String transactionDate, String receiverActivity) {
    }

    static List<Activity> read(InputStream in) {
        Walk walk = new Walk();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            walk.run(parser(factory, in));
        } catch (XMLStreamException e) {
            walk.errors.add("the file is not well-formed XML: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ")));
        }
        if (!walk.errors.isEmpty()) {
            throw new InvalidInput("file", String.join("; ", walk.errors.subList(0, Math.min(walk.errors.size(),
                    20))));
        }
        return walk.activities;
    }

    /** The parser's own failures on malformed bytes are the file's fault; anything else is ours and escapes. */
    private static XMLStreamReader parser(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        try {
            return factory.createXMLStreamReader(in);
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.hasNext() ? xml.next() : XMLStreamConstants.END_DOCUMENT;
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    static boolean isVersionOne(String version) {
        return version.matches("1(\\.\\d{1,2})?");
    }

    /** A pass over the document that keeps where it is: the open elements, the activity, the transaction. */
    private static final class Walk {

        private final List<String> errors = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final Deque<String> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private XMLStreamReader xml;
        private String rootVersion;
        private boolean rootVersionRefused;
        private int position;
        private String identifier;
        private String activityVersion;
        private String defaultCurrency;
        private List<Transaction> transactions;
        private int index;
        private String type;
        private String provider;
        private String providerName;
        private String amount;
        private String currency;
        private String valueDate;
        private String transactionDate;
        private String receiverActivity;

        void run(XMLStreamReader reader) throws XMLStreamException {
            this.xml = reader;
            boolean root = false;
            for (int event = next(xml); event != XMLStreamConstants.END_DOCUMENT; event = next(xml)) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (open.isEmpty()) {
                        root = true;
                        if (!element.equals("iati-activities")) {
                            errors.add("the root element is '" + element + "': an IATI activity file has "
                                    + "iati-activities");
                            return;
                        }
                        root();
                    } else {
                        start(element, open.peek(), open.size());
                    }
                    open.push(element);
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = open.pop();
                    end(element, open.peek(), open.size());
                }
            }
            if (!root) {
                errors.add("iati-activities: the root element is missing");
            }
        }

        private void root() {
            rootVersion = attribute("version");
            if (rootVersion == null) {
                return;
            }
            if (isVersionOne(rootVersion)) {
                throw versionOne("iati-activities/@version", rootVersion);
            }
            if (!VERSIONS.contains(rootVersion)) {
                rootVersionRefused = true;
                errors.add("iati-activities/@version: '" + rootVersion + "' is not an IATI version read here "
                        + "(2.01, 2.02 or 2.03)");
            }
        }

        /** An element opening under its parent at a depth (the root's children at 1); activities are at 1 only. */
        private void start(String element, String parent, int depth) {
            if (depth == 3 && "transaction".equals(parent)) {
                startInTransaction(element);
                return;
            }
            switch (element) {
                case "iati-activity" -> {
                    if (depth == 1) {
                        position++;
                        identifier = "";
                        activityVersion = attribute("version");
                        defaultCurrency = attribute("default-currency");
                        transactions = new ArrayList<>();
                        index = 0;
                    }
                }
                case "transaction" -> {
                    if (depth == 2 && "iati-activity".equals(parent)) {
                        index++;
                        type = null;
                        provider = null;
                        providerName = null;
                        amount = null;
                        currency = null;
                        valueDate = null;
                        transactionDate = null;
                        receiverActivity = null;
                    }
                }
                default -> {
                }
            }
        }

        /** An element of a transaction: its type, its date, the provider, the receiver and the value's date. */
        private void startInTransaction(String element) {
            switch (element) {
                case "transaction-type" -> type = attribute("code");
                case "transaction-date" -> transactionDate = attribute("iso-date");
                case "provider-org" -> provider = attribute("ref");
                case "receiver-org" -> receiverActivity = attribute("receiver-activity-id");
                case "value" -> {
                    valueDate = attribute("value-date");
                    currency = attribute("currency");
                }
                default -> {
                }
            }
        }

        private void end(String element, String parent, int depth) {
            switch (element) {
                case "iati-identifier" -> {
                    if (depth == 2 && "iati-activity".equals(parent)) {
                        identifier = text.toString().strip();
                    }
                }
                case "value" -> {
                    if (depth == 3 && "transaction".equals(parent)) {
                        amount = text.toString().strip();
                    }
                }
                case "narrative" -> {
                    if (depth == 4 && "provider-org".equals(parent) && providerName == null) {
                        providerName = text.toString().strip();
                    }
                }
                case "transaction" -> {
                    if (depth == 2 && "iati-activity".equals(parent)) {
                        transactions.add(new Transaction(index, type, provider, providerName, amount, currency,
                                valueDate, transactionDate, receiverActivity));
                    }
                }
                case "iati-activity" -> {
                    if (depth == 1) {
                        activity();
                    }
                }
                default -> {
                }
            }
        }

        private void activity() {
            Activity activity = new Activity(position, identifier, activityVersion != null ? activityVersion
                    : rootVersion, defaultCurrency, transactions);
            if (activityVersion != null) {
                if (isVersionOne(activityVersion)) {
                    throw versionOne(activity.where() + "/@version", activityVersion);
                }
                if (!VERSIONS.contains(activityVersion)) {
                    errors.add(activity.where() + "/@version: '" + activityVersion + "' is not an IATI version "
                            + "read here (2.01, 2.02 or 2.03)");
                }
            } else if (rootVersion == null) {
                errors.add(activity.where() + ": the IATI version is missing: a file gives it on iati-activities "
                        + "or on each iati-activity (version=\"2.01\" to \"2.03\")");
            } else if (rootVersionRefused) {
                return;
            }
            activities.add(activity);
        }

        private static InvalidInput versionOne(String where, String version) {
            return new InvalidInput("file", where + ": this is IATI version " + version + "; this import reads "
                    + "IATI 2.01 or later (2.01, 2.02, 2.03): publish or convert the file as IATI 2");
        }

        /** The attribute without its surrounding spaces, or null when absent or blank. */
        private String attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String namespace = xml.getAttributeNamespace(i);
                if (xml.getAttributeLocalName(i).equals(name) && (namespace == null || namespace.isEmpty())) {
                    String value = xml.getAttributeValue(i).strip();
                    return value.isEmpty() ? null : value;
                }
            }
            return null;
        }
    }
}
