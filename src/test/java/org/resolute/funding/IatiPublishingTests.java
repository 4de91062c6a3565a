package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.MovementKind;
import org.resolute.funding.domain.Movements;
import org.resolute.funding.domain.NewMovement;
import org.resolute.funding.domain.NewPledge;
import org.resolute.funding.domain.NewReceipt;
import org.resolute.funding.domain.Pledges;
import org.resolute.funding.domain.Receipt;
import org.resolute.funding.domain.Receipts;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * IATI publishing that passes the IATI Validator's rules (issue 20): every export of the demo books and of generated
 * books, for the public and for a fund manager, is valid against the 2.03 schema and breaks none of the rules
 * {@link IatiRules} checks (errors and warnings alike); identifiers, organisations, sectors, receivers and dates are
 * what a reader expects.
 */
abstract class IatiPublishingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    FundBook register;

    @Autowired
    Pledges pledges;

    @Autowired
    Receipts receipts;

    @Autowired
    Movements movements;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyExportOfTheDemoBooksPassesTheIatiRulesAndTheSchema() throws Exception {
        for (Fund fund : register.funds()) {
            for (String asOf : new String[] {"2010-12-31", "2016-06-30", "2019-12-31", today()}) {
                for (String who : new String[] {null, "fundmanager", "donor"}) {
                    passes(export(fund.code(), asOf, who), fund.code() + " as of " + asOf + " for " + who);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 2007L})
    void exportsOfGeneratedBooksPassTheIatiRulesAndTheSchema(long seed) throws Exception {
        Random random = new Random(seed);
        String donor = DonorMother.newDonor(register, "G");
        List<String> projects = List.of("ANATF-SUST", "ANATF-EDU", "ANATF-WOMEN", "GEN-" + seed);
        Viewers.runAs(Viewer.SYSTEM, () -> {
            for (String fund : List.of("ANATF", "ASFF")) {
                for (int i = 0; i < 6; i++) {
                    int year = 2012 + random.nextInt(8);
                    pledges.announce(new NewPledge(donor, fund, year, year + random.nextInt(3),
                            Money.of(String.valueOf(1000 + random.nextInt(90000)), random.nextBoolean() ? "EUR"
                                    : "USD"), LocalDate.of(year - 1, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            null, random.nextBoolean() ? Marking.PUBLIC : null));
                    receipts.record(new NewReceipt(UUID.randomUUID().toString(), donor, fund, null, year,
                            Money.of(String.valueOf(500000 + random.nextInt(500000)), "USD"), LocalDate.of(2012,
                            1, 2 + i), "GEN-" + seed + "-" + i, null, random.nextBoolean() ? Marking.PUBLIC : null));
                }
                for (int i = 0; i < 9; i++) {
                    MovementKind kind = MovementKind.values()[i % 3];
                    String project = fund.equals("ANATF") ? projects.get(random.nextInt(projects.size()))
                            : "ASFF-GEN-" + seed;
                    movements.record(new NewMovement(UUID.randomUUID().toString(), fund, kind, project,
                            Money.of(String.valueOf(1000 + random.nextInt(50000)), "USD"), LocalDate.of(2013
                            + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28)), null, null,
                            random.nextBoolean() ? Marking.PUBLIC : null));
                }
            }
        });
        for (String fund : List.of("ANATF", "ASFF")) {
            for (String asOf : new String[] {"2014-06-30", today()}) {
                for (String who : new String[] {null, "fundmanager"}) {
                    passes(export(fund, asOf, who), fund + " as of " + asOf + " for " + who + ", seed " + seed);
                }
            }
        }
        String asff = export("ASFF", today(), "fundmanager");
        assertThat(asff).contains("Project ASFF-GEN-" + seed + ": ");
        assertThat(count(asff, "sector")).as("an unrecorded project keeps the fund's sector, on the activity")
                .isEqualTo(1);
    }

    @Test
    void theActivityIsIdentifiedByItsReportingOrganisationWhoseNarrativeIsItsName() throws Exception {
        Document anatf = parse(export("ANATF", today(), null));
        assertThat(text(anatf, "iati-identifier")).isEqualTo("XI-WIKIDATA-Q7184-ANATF");
        Element reporting = (Element) anatf.getElementsByTagName("reporting-org").item(0);
        assertThat(reporting.getAttribute("ref")).isEqualTo("XI-WIKIDATA-Q7184");
        assertThat(reporting.getAttribute("type")).as("NATO is intergovernmental: multilateral").isEqualTo("40");
        assertThat(reporting.getTextContent()).isEqualTo("North Atlantic Treaty Organization (NATO)");
        Map<String, String> types = Map.of("LOTFA", "XM-DAC-41114 40", "ASFF", "XI-WIKIDATA-Q11209 10",
                "HOST", "XI-WIKIDATA-Q889 10");
        for (Map.Entry<String, String> fund : types.entrySet()) {
            Element org = (Element) parse(export(fund.getKey(), today(), null)).getElementsByTagName("reporting-org")
                    .item(0);
            assertThat(org.getAttribute("ref") + " " + org.getAttribute("type")).as(fund.getKey())
                    .isEqualTo(fund.getValue());
        }
        assertThat(export("HOST", today(), "fundmanager"))
                .contains("<provider-org ref=\"XI-WIKIDATA-Q889\" type=\"10\">");
    }

    @Test
    void outgoingTransactionsNameTheProjectAndItsReceiverWithItsIdentifierWhereItHasOne() throws Exception {
        Document anatf = parse(export("ANATF", "2016-12-31", "fundmanager"));
        List<Element> outgoing = transactions(anatf, "2", "3", "4");
        assertThat(outgoing).isNotEmpty().allSatisfy(transaction -> assertThat(transaction
                .getElementsByTagName("receiver-org").getLength()).isEqualTo(1));
        Element sustainment = outgoing.stream().filter(transaction -> transaction.getTextContent()
                .contains("(ANATF-SUST)")).findFirst().orElseThrow();
        assertThat(sustainment.getTextContent()).contains("Afghan National Army sustainment (ANATF-SUST): ");
        Element receiver = (Element) sustainment.getElementsByTagName("receiver-org").item(0);
        assertThat(receiver.getAttribute("ref")).isEqualTo("XI-WIKIDATA-Q11209");
        Element literacy = outgoing.stream().filter(transaction -> transaction.getTextContent()
                .contains("(ANATF-EDU)")).findFirst().orElseThrow();
        Element ministry = (Element) literacy.getElementsByTagName("receiver-org").item(0);
        assertThat(ministry.hasAttribute("ref")).as("no registered identifier is held for the ministry").isFalse();
        assertThat(ministry.getAttribute("type")).isEqualTo("10");
        assertThat(ministry.getTextContent()).isEqualTo("Ministry of Defence of Afghanistan");
    }

    @Test
    void sectorsAreOnEveryTransactionWhereProjectsDifferAndOnTheActivityOtherwise() throws Exception {
        Document anatf = parse(export("ANATF", "2016-12-31", "fundmanager"));
        Element activity = (Element) anatf.getElementsByTagName("iati-activity").item(0);
        assertThat(IatiXml.children(activity, "sector")).isEmpty();
        List<Element> all = transactions(anatf);
        assertThat(all).allSatisfy(transaction -> assertThat(IatiXml.children(transaction, "sector")).hasSize(1));
        assertThat(all.stream().map(transaction -> IatiXml.first(transaction, "sector").getAttribute("code"))
                .distinct()).contains("15210", "11230", "15170");
        Document lotfa = parse(export("LOTFA", today(), "fundmanager"));
        Element lotfaActivity = (Element) lotfa.getElementsByTagName("iati-activity").item(0);
        assertThat(IatiXml.children(lotfaActivity, "sector")).singleElement()
                .satisfies(sector -> assertThat(sector.getAttribute("code")).isEqualTo("15130"));
        assertThat(transactions(lotfa)).allSatisfy(transaction -> assertThat(IatiXml.children(transaction,
                "sector")).isEmpty());
    }

    @Test
    void lastUpdatedIsWhenTheActivitysDataLastChangedNeverTheExportTime() throws Exception {
        String before = lastUpdated(export("LOTFA", "2019-12-31", null));
        assertThat(lastUpdated(export("LOTFA", "2019-12-31", null))).as("nothing changed").isEqualTo(before);
        String donor = DonorMother.newDonor(register, "L");
        Receipt receipt = Viewers.runAs(Viewer.SYSTEM, () -> receipts.record(new NewReceipt(
                UUID.randomUUID().toString(), donor, "LOTFA", null, 2020, Money.of("1234", "USD"),
                LocalDate.of(2020, 5, 5), "LAST-UPDATED", null, Marking.PUBLIC)).record());
        OffsetDateTime posted = jdbc.queryForObject("SELECT posted_at FROM funding_posting WHERE id = :id",
                Map.of("id", receipt.posting()), OffsetDateTime.class);
        String now = export("LOTFA", today(), null);
        assertThat(lastUpdated(now)).isEqualTo(posted.toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(lastUpdated(export("LOTFA", "2019-12-31", null))).as("the receipt is not in a file as of 2019")
                .isEqualTo(before);
        assertThat(Instant.parse(lastUpdated(now))).isBeforeOrEqualTo(Instant.parse(parse(now).getDocumentElement()
                .getAttribute("generated-datetime")));
    }

    @Test
    void theActualStartIsTheFundsOwnDate() throws Exception {
        for (Fund fund : register.funds()) {
            Element start = (Element) parse(export(fund.code(), today(), null)).getElementsByTagName("activity-date")
                    .item(0);
            assertThat(start.getAttribute("type")).isEqualTo("2");
            assertThat(start.getAttribute("iso-date")).isEqualTo(fund.established().toString());
        }
    }

    @Test
    void aDonorWhoseIdentifierHasNoPrefixOfTheOrgIdRegisterIsRefusedAndNothingIsWritten() throws Exception {
        String code = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(post("/api/v1/donors").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "%s", "name": "Unregistered", "kind": "ORGANISATION",
                                 "iatiIdentifier": "XM-NATO-%s"}""".formatted(code, code)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("iatiIdentifier"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_donor WHERE code = :code", Map.of("code", code),
                Long.class)).isZero();
    }

    void passes(String xml, String what) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new ClassPathResource("funding/iati/iati-activities-schema.xsd").getURL()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        assertThat(IatiRules.check(xml, clock.instant())).as(what).isEmpty();
    }

    String export(String fund, String asOf, String who) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/funds/{code}/iati", fund).param("asOf", asOf);
        if (who != null) {
            request.with(user(accounts.loadUserByUsername(who)));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String today() {
        return LocalDate.now(clock).toString();
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String text(Document document, String element) {
        return document.getElementsByTagName(element).item(0).getTextContent();
    }

    static String lastUpdated(String xml) throws Exception {
        return ((Element) parse(xml).getElementsByTagName("iati-activity").item(0))
                .getAttribute("last-updated-datetime");
    }

    static int count(String xml, String element) throws Exception {
        return parse(xml).getElementsByTagName(element).getLength();
    }

    /** The document's transactions, or those of the given types. */
    static List<Element> transactions(Document document, String... types) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("transaction");
        for (int i = 0; i < all.getLength(); i++) {
            Element transaction = (Element) all.item(i);
            String type = ((Element) transaction.getElementsByTagName("transaction-type").item(0)).getAttribute("code");
            if (types.length == 0 || List.of(types).contains(type)) {
                found.add(transaction);
            }
        }
        return found;
    }
}

@OnH2
class IatiPublishingOnH2Tests extends IatiPublishingTests {
}

@OnPostgres
class IatiPublishingOnPostgresTests extends IatiPublishingTests {
}
