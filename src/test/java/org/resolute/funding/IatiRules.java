package org.resolute.funding;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The IATI Validator's rules that apply to what Resolute exports, checked the way the validator does, each named by
 * its rule id: the ids, messages and tests are those of the validator's rule table (IATI/js-validator-api,
 * docs/data-quality-rules.csv), whose rules are defined in IATI-Rulesets (rulesets/standard.json, "Ruleset") or in
 * the validator's codelist rules ("Codelist Rules", 9.x) over the IATI 2.03 codelists. The rules themselves cannot be
 * fetched at build time (only Maven Central, Debian and npm are reachable, and neither publishes them), so each rule
 * is implemented here from its definition; rules about elements Resolute never writes (budgets, results, locations,
 * documents, policy markers, loans) are left out. Warnings count as much as errors: a finding of either kind fails.
 * The org-id register's prefixes are the shipped snapshot, the DAC sectors the shipped list Resolute uses.
 */
final class IatiRules {

    private static final Set<String> TRANSACTION_TYPES = IatiXml.range(1, 13);
    private static final Set<String> ORGANISATION_TYPES = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40",
            "60", "70", "71", "72", "73", "80", "90");
    private static final Set<String> ROLES = IatiXml.range(1, 4);
    private static final Set<String> ACTIVITY_STATUSES = IatiXml.range(1, 6);
    private static final Set<String> DATE_TYPES = IatiXml.range(1, 4);
    private static final Set<String> DESCRIPTION_TYPES = IatiXml.range(1, 4);
    private static final Set<String> SECTOR_VOCABULARIES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            "11", "12", "98", "99");
    private static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");

    private final List<String> prefixes = IatiXml.lines("funding/iati/org-id-prefixes.txt").stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    private final Set<String> sectors = IatiXml.lines("funding/iati/dac-sectors.csv").stream().skip(1)
            .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
    private final Instant now;
    private final List<String> findings = new ArrayList<>();

    private IatiRules(Instant now) {
        this.now = now;
    }

    /** Every rule broken by the file, as "rule id: message (where)"; empty when the file passes. */
    static List<String> check(String xml, Instant now) throws Exception {
        IatiRules rules = new IatiRules(now);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        Element root = document.getDocumentElement();
        rules.code("9.1.1", "the IATI version", root.getAttribute("version"), VERSIONS::contains);
        Set<String> identifiers = new HashSet<>();
        for (Element activity : IatiXml.children(root, "iati-activity")) {
            rules.activity(activity, identifiers);
        }
        return rules.findings;
    }

    private void activity(Element activity, Set<String> identifiers) {
        String identifier = IatiXml.text(IatiXml.first(activity, "iati-identifier"));
        Element reporting = IatiXml.first(activity, "reporting-org");
        String reportingRef = reporting == null ? "" : reporting.getAttribute("ref");
        rule("1.1.2", !identifiers.add(identifier), "the activity identifier must be unique: " + identifier);
        rule("1.1.3", identifier.equals(reportingRef), "the activity identifier must differ from the reporting "
                + "organisation's identifier: " + identifier);
        rule("1.1.1", !identifier.startsWith(reportingRef), "the activity identifier should begin with the "
                + "reporting organisation's identifier: " + identifier);
        rule("1.1.21", !identifier.matches(Pattern.quote(reportingRef) + "-.+"), "the activity "
                + "identifier should be the organisation identifier, a hyphen and the activity's own string: "
                + identifier);
        identifier("1.3", "iati-identifier", identifier);
        rule("1.7.2", reporting == null || !reporting.hasAttribute("ref"), "the reporting organisation's "
                + "identifier must be present");
        if (reporting != null) {
            identifier("1.14", "reporting-org/@ref", reportingRef);
            rule("6.3.1", reporting.getAttribute("type").isEmpty(), "the reporting organisation's type must be "
                    + "present");
            code("9.54.1", "reporting-org/@type", reporting.getAttribute("type"), ORGANISATION_TYPES::contains);
        }
        for (Element org : IatiXml.children(activity, "participating-org")) {
            organisation("6.10.1", "1.8", "participating-org", org);
            code("9.41.1", "participating-org/@role", org.getAttribute("role"), ROLES::contains);
            optionalCode("9.42.1", "participating-org/@type", org.getAttribute("type"), ORGANISATION_TYPES);
        }
        language(activity);
        dates(activity);
        classifications(activity);
        List<Element> transactions = IatiXml.children(activity, "transaction");
        for (Element transaction : transactions) {
            transaction(activity, transaction);
        }
        boolean countries = !IatiXml.children(activity, "recipient-country").isEmpty()
                || !IatiXml.children(activity, "recipient-region").isEmpty();
        long withCountry = transactions.stream().filter(transaction -> IatiXml.first(transaction, "recipient-country")
                != null || IatiXml.first(transaction, "recipient-region") != null).count();
        rule("3.6.2", countries && withCountry > 0, "recipient countries only at activity level or on all "
                + "transactions");
        rule("3.7.1", !countries && withCountry == 0, "a recipient country should be declared");
        rule("3.7.2", !countries && withCountry > 0 && withCountry < transactions.size(), "a recipient country on "
                + "one transaction must be on all");
        List<Element> recipientCountries = IatiXml.children(activity, "recipient-country");
        percentages("3.1", "recipient countries", recipientCountries);
        recipientCountries.forEach(country -> code("9.50.1", "recipient-country/@code", country.getAttribute("code"),
                code -> Set.of(Locale.getISOCountries()).contains(code)));
        code("9.3.1", "@default-currency", activity.getAttribute("default-currency"), IatiXml::currency);
        for (Element status : IatiXml.children(activity, "activity-status")) {
            code("9.5.1", "activity-status/@code", status.getAttribute("code"), ACTIVITY_STATUSES::contains);
        }
    }

    private void language(Element activity) {
        boolean defaultLanguage = !activity.getAttribute("xml:lang").isEmpty();
        NodeList narratives = activity.getElementsByTagName("narrative");
        for (int i = 0; i < narratives.getLength(); i++) {
            Element narrative = (Element) narratives.item(i);
            rule("4.1.1", !defaultLanguage && narrative.getAttribute("xml:lang").isEmpty(), "a narrative without a "
                    + "language in an activity without a default language");
            optionalCode("9.95.1", "@xml:lang", narrative.getAttribute("xml:lang"), Set.of(Locale.getISOLanguages()));
        }
        code("9.95.1", "@xml:lang", activity.getAttribute("xml:lang"), Set.of(Locale.getISOLanguages())::contains);
        rule("4.3.1", IatiXml.children(activity, "title").stream().noneMatch(IatiXml::hasNarrative), "the title must "
                + "contain narrative content");
        for (Element description : IatiXml.children(activity, "description")) {
            rule("4.4.1", !IatiXml.hasNarrative(description), "the description must contain narrative content");
            optionalCode("9.26.1", "description/@type", description.getAttribute("type"), DESCRIPTION_TYPES);
        }
    }

    private void dates(Element activity) {
        String lastUpdated = activity.getAttribute("last-updated-datetime");
        rule("11.1.1", !lastUpdated.isEmpty() && OffsetDateTime.parse(lastUpdated).toInstant().isAfter(now),
                "the last updated datetime must not be in the future: " + lastUpdated);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String[] byType = new String[5];
        for (Element date : IatiXml.children(activity, "activity-date")) {
            code("9.4.1", "activity-date/@type", date.getAttribute("type"), DATE_TYPES::contains);
            if (DATE_TYPES.contains(date.getAttribute("type"))) {
                byType[Integer.parseInt(date.getAttribute("type"))] = date.getAttribute("iso-date");
            }
        }
        rule("6.11.1", byType[1] == null && byType[2] == null, "the activity must have a planned or actual start");
        rule("11.1.2", byType[1] != null && byType[3] != null && byType[1].compareTo(byType[3]) > 0, "the planned "
                + "start must be before the planned end");
        rule("11.1.3", byType[2] != null && byType[4] != null && byType[2].compareTo(byType[4]) > 0, "the actual "
                + "start must be before the actual end");
        rule("11.1.4", byType[2] != null && LocalDate.parse(byType[2]).isAfter(today), "the actual start must not "
                + "be in the future");
        rule("11.1.5", byType[4] != null && LocalDate.parse(byType[4]).isAfter(today), "the actual end must not "
                + "be in the future");
    }

    private void classifications(Element activity) {
        List<Element> activitySectors = IatiXml.children(activity, "sector");
        List<Element> transactions = IatiXml.children(activity, "transaction");
        long withSector = transactions.stream()
                .filter(transaction -> IatiXml.first(transaction, "sector") != null).count();
        rule("6.2.2", activitySectors.isEmpty() && withSector == 0, "each activity must have a sector, at "
                + "activity level or on all transactions");
        rule("6.6.2", !activitySectors.isEmpty() && withSector > 0, "sectors only at activity level or on all "
                + "transactions");
        rule("6.7.2", activitySectors.isEmpty() && withSector > 0 && withSector < transactions.size(), "a sector on "
                + "one transaction must be on all (" + withSector + " of " + transactions.size() + ")");
        sectors(activitySectors);
        transactions.forEach(transaction -> sectors(IatiXml.children(transaction, "sector")));
        for (String vocabulary : activitySectors.stream().map(IatiXml::vocabulary).distinct().toList()) {
            percentages("2.1", "sectors of vocabulary " + vocabulary, activitySectors.stream()
                    .filter(sector -> IatiXml.vocabulary(sector).equals(vocabulary)).toList());
        }
    }

    private void sectors(List<Element> declared) {
        for (Element sector : declared) {
            String vocabulary = IatiXml.vocabulary(sector);
            code("9.78.1", "sector/@vocabulary", vocabulary, SECTOR_VOCABULARIES::contains);
            if (vocabulary.equals("1")) {
                code("9.76.1", "sector/@code (DAC 5-digit)", sector.getAttribute("code"), sectors::contains);
            }
            rule("2.2.1", Set.of("98", "99").contains(vocabulary) && !IatiXml.hasNarrative(sector), "a reporting "
                    + "organisation's sector code needs a narrative");
            String percentage = sector.getAttribute("percentage");
            rule("12.3.1", !percentage.isEmpty() && (new BigDecimal(percentage).signum() < 0
                    || new BigDecimal(percentage).compareTo(BigDecimal.valueOf(100)) > 0), "a sector percentage "
                    + "is between 0 and 100");
        }
        rule("102.1.1", !declared.isEmpty()
                && declared.stream().noneMatch(sector -> IatiXml.vocabulary(sector).equals("1")),
                "a non-DAC sector vocabulary needs the DAC vocabulary too");
    }

    private void transaction(Element activity, Element transaction) {
        Element type = IatiXml.first(transaction, "transaction-type");
        code("9.93.1", "transaction-type/@code", type == null ? "" : type.getAttribute("code"),
                TRANSACTION_TYPES::contains);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Element date = IatiXml.first(transaction, "transaction-date");
        rule("11.2.1", date != null && LocalDate.parse(date.getAttribute("iso-date")).isAfter(today), "the "
                + "transaction date must not be in the future");
        Element value = IatiXml.first(transaction, "value");
        if (value != null) {
            rule("11.2.2", LocalDate.parse(value.getAttribute("value-date")).isAfter(today), "the transaction value "
                    + "date must not be in the future");
            rule("7.8.1", value.getAttribute("currency").isEmpty()
                    && activity.getAttribute("default-currency").isEmpty(), "a value needs a currency");
            optionalCode("9.94.1", "value/@currency", value.getAttribute("currency"), Currency.getAvailableCurrencies()
                    .stream().map(Currency::getCurrencyCode).collect(Collectors.toSet()));
        }
        for (Element provider : IatiXml.children(transaction, "provider-org")) {
            organisation("6.9.1", "1.10", "provider-org", provider);
            optionalCode("9.88.1", "provider-org/@type", provider.getAttribute("type"), ORGANISATION_TYPES);
        }
        for (Element receiver : IatiXml.children(transaction, "receiver-org")) {
            organisation("6.9.2", "1.15", "receiver-org", receiver);
            optionalCode("9.89.1", "receiver-org/@type", receiver.getAttribute("type"), ORGANISATION_TYPES);
        }
    }

    /** An organisation: an identifier or a name (the rule given), and its identifier's form (x.1, x.13, x.8). */
    private void organisation(String present, String identifierRules, String element, Element org) {
        rule(present, !org.hasAttribute("ref") && !IatiXml.hasNarrative(org), "the " + element + " must have an "
                + "identifier or a narrative");
        if (org.hasAttribute("ref")) {
            identifier(identifierRules, element + "/@ref", org.getAttribute("ref"));
        }
    }

    /** An identifier: no surrounding spaces (x.1), none of / & | ? (x.13), a registered org-id prefix (x.8). */
    private void identifier(String rules, String what, String identifier) {
        rule(rules + ".1", !identifier.equals(identifier.strip()), "the " + what + " should not start or end with "
                + "spaces: '" + identifier + "'");
        rule(rules + ".13", identifier.matches(".*[/&|?].*"), "the " + what + " must not contain /, &, | or ?: "
                + identifier);
        rule(rules + ".8", prefixes.stream().noneMatch(prefix -> identifier.startsWith(prefix + "-")), "the " + what
                + " must start with an approved agency code: " + identifier);
    }

    /** Percentages of a group (x.1.1 each needs one when several, x.1.2 they add up to 100, x.1.4 one is 100). */
    private void percentages(String rules, String what, List<Element> group) {
        List<String> given = group.stream().map(element -> element.getAttribute("percentage")).toList();
        if (group.size() > 1) {
            rule(rules + ".1", given.stream().anyMatch(String::isEmpty), "each of several " + what + " needs a "
                    + "percentage");
            BigDecimal sum = given.stream().filter(p -> !p.isEmpty()).map(BigDecimal::new)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rule(rules + ".2", sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.0101")) > 0,
                    "the percentages of " + what + " must add up to 100");
        } else if (group.size() == 1) {
            rule(rules + ".4", !given.get(0).isEmpty() && new BigDecimal(given.get(0)).compareTo(BigDecimal
                    .valueOf(100)) != 0, "a single " + what + " has no percentage or 100");
        }
    }

    private void code(String rule, String what, String value, Predicate<String> valid) {
        rule(rule, !valid.test(value), "the " + what + " '" + value + "' is not in its codelist");
    }

    private void optionalCode(String rule, String what, String value, Set<String> valid) {
        if (!value.isEmpty()) {
            code(rule, what, value, valid::contains);
        }
    }

    private void rule(String id, boolean broken, String message) {
        if (broken) {
            findings.add(id + ": " + message);
        }
    }
}
