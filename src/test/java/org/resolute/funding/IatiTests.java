package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.jayway.jsonpath.JsonPath;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.DonorKind;
import org.resolute.funding.domain.FundBook;
import org.resolute.identity.domain.Accounts;
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
 * IATI 2.03 out (valid against the official schema; the public file adds up to the public figures) and in (files
 * of 2.01 to 2.03 as publishers write them, a report of what was skipped and why, all or nothing, errors naming the
 * element, IATI 1.x refused).
 */
abstract class IatiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    FundBook register;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aFundManagersExportOfTheTrustFundIsValidIati203WithEveryTransactionType() throws Exception {
        String xml = mvc.perform(get("/api/v1/funds/ANATF/iati").with(user(accounts.loadUserByUsername(
                        "fundmanager")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        validate(xml);
        for (String code : new String[] {"13", "11", "1", "2", "3", "4"}) {
            assertThat(xml).contains("<transaction-type code=\"" + code + "\"/>");
        }
        assertThat(xml).doesNotContain("<value>");
        assertThat(xml).contains("currency=\"GBP\" value-date=\"2020-10-19\">70000000.0000</value>");
    }

    @Test
    void thePublicExportNeedsNoSignInAndHoldsOnlyPublicRecords() throws Exception {
        String xml = mvc.perform(get("/api/v1/funds/ANATF/iati")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        validate(xml);
        assertThat(xml).contains("XM-DAC-12").doesNotContain("XM-DAC-5\"");
    }

    @Test
    void anImportStoresIncomingPledgesCommitmentsAndFundsOnceAndRefusesABadFileWhole() throws Exception {
        String code = "I" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Viewers.runAs(Viewer.SYSTEM, () -> register.addDonor(new Donor(code, "Importing donor " + code,
                DonorKind.ORGANISATION, null, "XE-EXAMPLE-IMP-" + code)));
        String file = activity("XE-EXAMPLE-IMP-" + code, "1500.50");
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/iati/import").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_XML).content(file))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pledges").value(2))
                .andExpect(jsonPath("$.receipts").value(1));
        mvc.perform(post("/api/v1/iati/import").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_XML).content(file))
                .andExpect(status().isOk()).andExpect(jsonPath("$.receipts").value(1));
        assertThat(count("funding_receipt", code)).isEqualTo(1);
        assertThat(count("funding_pledge", code)).isEqualTo(2);

        String bad = activity("XE-EXAMPLE-IMP-" + code, "12,5").replace("XE-EXAMPLE-IMP-" + code + "\" type=\"10\"><narrative>"
                + "Second", "XM-NOBODY\" type=\"10\"><narrative>Second");
        mvc.perform(post("/api/v1/iati/import").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_XML).content(bad))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("transaction[1]/value")));
        assertThat(count("funding_receipt", code)).isEqualTo(1);
        assertThat(count("funding_pledge", code)).isEqualTo(2);
    }

    @Test
    void aFileWithTheVersionOnlyOnEachActivityIsImportedWithAReportOfWhatWasSkippedAndWhy() throws Exception {
        Map<String, String> donors = freshDonors("XM-DAC-701", "XM-DAC-5", "XM-DAC-8", "XM-DAC-6");
        String file = withDonors(resource("publishers-2.02-version-on-activities.xml"), donors);
        Map<String, Long> before = counts();
        String key = UUID.randomUUID().toString();

        String report = mvc.perform(importing(key, file)).andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts").value(3)).andExpect(jsonPath("$.pledges").value(2))
                .andExpect(jsonPath("$.skippedTransactions").value(8))
                .andExpect(jsonPath("$.activities[*].iatiIdentifier").value(Matchers.contains(
                        "XI-IATI-EC_DEVCO-2019/410-556", "XM-DAC-41114-LOTFA", "XI-WIKIDATA-Q7184-ANATF",
                        "XM-DAC-41114-PROJECT-00112233")))
                .andExpect(jsonPath("$.activities[*].version").value(Matchers.everyItem(Matchers.is("2.02"))))
                .andExpect(jsonPath("$.activities[0].fund").doesNotExist())
                .andExpect(jsonPath("$.activities[0].skipped[0].reason").value("NOT_FOR_A_FUND_HERE"))
                .andExpect(jsonPath("$.activities[1].fund").value("LOTFA"))
                .andExpect(jsonPath("$.activities[1].receipts").value(2))
                .andExpect(jsonPath("$.activities[1].pledges").value(1))
                .andExpect(jsonPath("$.activities[1].skipped[*].transaction").value(Matchers.contains(2, 4, 5, 6)))
                .andExpect(jsonPath("$.activities[1].skipped[*].reason").value(Matchers.contains(
                        "UNKNOWN_ORGANISATION", "TRANSACTION_TYPE_NOT_IMPORTED", "TRANSACTION_TYPE_NOT_IMPORTED",
                        "UNKNOWN_ORGANISATION")))
                .andExpect(jsonPath("$.activities[1].skipped[0].detail").value(Matchers.containsString(
                        "'XI-IATI-EC_DEVCO' (European Commission) is no donor here")))
                .andExpect(jsonPath("$.activities[2].fund").value("ANATF"))
                .andExpect(jsonPath("$.activities[2].skipped[0].detail").value(Matchers.containsString(
                        "type 2 (Outgoing Commitment) is not imported")))
                .andExpect(jsonPath("$.activities[3].skipped[0].reason").value("NOT_FOR_A_FUND_HERE"))
                .andReturn().getResponse().getContentAsString();

        assertThat(receipts(donors.get("XM-DAC-701"))).containsExactly("LOTFA 5500000000.0000 JPY 2020-03-16");
        assertThat(receipts(donors.get("XM-DAC-8"))).containsExactly("LOTFA 95000000.0000 NOK 2020-06-30");
        assertThat(receipts(donors.get("XM-DAC-6"))).containsExactly("ANATF 10000000.0000 EUR 2020-03-31");
        assertThat(count("funding_pledge", donors.get("XM-DAC-5"))).isEqualTo(1);
        assertThat(count("funding_pledge", donors.get("XM-DAC-6"))).isEqualTo(1);
        Map<String, Long> after = counts();
        assertThat(after.get("funding_receipt") - before.get("funding_receipt")).isEqualTo(3);
        assertThat(after.get("funding_pledge") - before.get("funding_pledge")).isEqualTo(2);

        mvc.perform(importing(key, file)).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).isEqualTo(report));
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void aFileOfVersion201WithTheVersionOnTheRootIsImported() throws Exception {
        Map<String, String> donors = freshDonors("XM-DAC-12", "XM-DAC-302", "XM-DAC-3");
        String file = withDonors(resource("anatf-2.01.xml"), donors);

        mvc.perform(importing(UUID.randomUUID().toString(), file)).andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts").value(3)).andExpect(jsonPath("$.pledges").value(0))
                .andExpect(jsonPath("$.skippedTransactions").value(2))
                .andExpect(jsonPath("$.activities[0].version").value("2.01"))
                .andExpect(jsonPath("$.activities[0].skipped[0].transaction").value(4))
                .andExpect(jsonPath("$.activities[0].skipped[0].reason").value("TRANSACTION_TYPE_NOT_IMPORTED"))
                .andExpect(jsonPath("$.activities[1].iatiIdentifier").value("XI-WIKIDATA-Q7184-ANATF-LIT"))
                .andExpect(jsonPath("$.activities[1].skipped[0].reason").value("NOT_FOR_A_FUND_HERE"));

        assertThat(receipts(donors.get("XM-DAC-12"))).containsExactly("ANATF 12500000.0000 GBP 2019-11-05");
        assertThat(receipts(donors.get("XM-DAC-302"))).containsExactly("ANATF 40000000.0000 USD 2019-12-02");
        assertThat(receipts(donors.get("XM-DAC-3"))).containsExactly("ANATF 75000000.5000 DKK 2019-12-20");
    }

    @Test
    void aFileOfIatiVersionOneIsRefusedWithOneClearErrorAndChangesNothing() throws Exception {
        Map<String, Long> before = counts();

        mvc.perform(importing(UUID.randomUUID().toString(), resource("anatf-1.05.xml")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("iati-activities/@version: this is IATI version 1.05; this "
                        + "import reads IATI 2.01 or later (2.01, 2.02, 2.03): publish or convert the file as IATI 2"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileWithOneBadValueAmongGoodOnesIsRefusedWholeAndChangesNothing() throws Exception {
        Map<String, String> donors = freshDonors("XM-DAC-701", "XM-DAC-5", "XM-DAC-8", "XM-DAC-6");
        String file = withDonors(resource("publishers-2.02-version-on-activities.xml"), donors)
                .replace(">95000000<", ">95.000.000<");
        Map<String, Long> before = counts();

        mvc.perform(importing(UUID.randomUUID().toString(), file)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("iati-activity 'XM-DAC-41114-LOTFA' transaction[7]/value: "
                        + "'95.000.000' is not a number"));

        assertThat(counts()).isEqualTo(before);
        for (String donor : donors.values()) {
            assertThat(count("funding_receipt", donor) + count("funding_pledge", donor)).isZero();
        }
    }

    @Test
    void theAnonymousExportsIncomingFundsAddUpToThePublicContributionsAndShowNoNonPublicReceipt()
            throws Exception {
        Map<String, String> donors = freshDonors("XM-DAC-12", "XM-DAC-302", "XM-DAC-3");
        String donor = donors.get("XM-DAC-12");
        String file = withDonors(resource("anatf-2.01.xml"), donors);
        mvc.perform(importing(UUID.randomUUID().toString(), file)).andExpect(status().isOk());
        String hidden = jdbc.queryForObject("SELECT bank_reference FROM funding_receipt WHERE donor = :donor",
                Map.of("donor", donor), String.class);

        for (String asOf : new String[] {"2016-06-30", "2019-12-31", LocalDate.now(clock).toString()}) {
            String json = mvc.perform(get("/api/v1/public/funds").param("asOf", asOf)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> funds = JsonPath.read(json, "$[*]");
            assertThat(funds).isNotEmpty();
            for (Map<String, Object> fund : funds) {
                String xml = mvc.perform(get("/api/v1/funds/{code}/iati", fund.get("code")).param("asOf", asOf))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                validate(xml);
                assertThat(incomingFundsUsd(xml, true)).as(fund.get("code") + " as of " + asOf)
                        .isEqualByComparingTo(new BigDecimal(fund.get("cumulativeContributionsUsd").toString()));
                assertThat(xml).doesNotContain(donors.get("XM-DAC-12")).doesNotContain(hidden);
            }
        }
        String managers = mvc.perform(get("/api/v1/funds/ANATF/iati").param("asOf", "2019-12-31")
                        .with(user(accounts.loadUserByUsername("fundmanager")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(managers).contains(hidden);
        assertThat(incomingFundsUsd(managers, false)).isEqualByComparingTo(publicTotal("ANATF", "2019-12-31"));
    }

    BigDecimal publicTotal(String fund, String asOf) {
        try {
            String json = mvc.perform(get("/api/v1/public/funds").param("asOf", asOf)).andReturn().getResponse()
                    .getContentAsString();
            List<Object> totals = JsonPath.read(json, "$[?(@.code == '" + fund + "')].cumulativeContributionsUsd");
            return new BigDecimal(totals.get(0).toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The incoming funds of an export in US dollars: a transaction in US dollars at its value, a receipt in another
     * currency at the US dollar value it was booked at; when only public receipts may be shown, each receipt shown
     * on its own is checked to be public.
     */
    BigDecimal incomingFundsUsd(String xml, boolean onlyPublic) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        NodeList transactions = document.getElementsByTagName("transaction");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < transactions.getLength(); i++) {
            Element transaction = (Element) transactions.item(i);
            Element type = (Element) transaction.getElementsByTagName("transaction-type").item(0);
            if (!type.getAttribute("code").equals("1")) {
                continue;
            }
            Element value = (Element) transaction.getElementsByTagName("value").item(0);
            String ref = transaction.getAttribute("ref");
            if (!ref.isEmpty()) {
                Map<String, Object> receipt = jdbc.queryForMap("SELECT usd_amount, classification FROM "
                        + "funding_receipt WHERE id = :id", Map.of("id", UUID.fromString(ref)));
                if (onlyPublic) {
                    assertThat(receipt.get("classification")).as("receipt " + ref).isEqualTo("PUBLIC");
                }
                sum = sum.add((BigDecimal) receipt.get("usd_amount"));
            } else {
                assertThat(value.getAttribute("currency")).isEqualTo("USD");
                assertThat(transaction.getElementsByTagName("provider-org").item(0).getAttributes()
                        .getNamedItem("ref")).as("an aggregate names no donor").isNull();
                sum = sum.add(new BigDecimal(value.getTextContent()));
            }
        }
        return sum;
    }

    MockHttpServletRequestBuilder importing(String key, String file) {
        return post("/api/v1/iati/import").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_XML)
                .content(file.getBytes(StandardCharsets.UTF_8));
    }

    /** Donors made for one test, each with an IATI identifier derived from a real one that a file names. */
    Map<String, String> freshDonors(String... identifiers) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String identifier : identifiers) {
            String code = "I" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Viewers.runAs(Viewer.SYSTEM, () -> register.addDonor(new Donor(code, "Donor " + code,
                    DonorKind.ORGANISATION, null, identifier + "-" + code)));
            codes.put(identifier, code);
        }
        return codes;
    }

    /** The file with each real donor identifier it names replaced by the test's own donor's. */
    static String withDonors(String file, Map<String, String> donors) {
        String replaced = file;
        for (Map.Entry<String, String> donor : donors.entrySet()) {
            replaced = replaced.replace("ref=\"" + donor.getKey() + "\"", "ref=\"" + donor.getKey() + "-"
                    + donor.getValue() + "\"");
        }
        return replaced;
    }

    static String resource(String name) throws Exception {
        return new ClassPathResource("org/resolute/funding/iati/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    List<String> receipts(String donor) {
        return jdbc.query("SELECT fund, amount, currency, value_date FROM funding_receipt WHERE donor = :donor "
                + "ORDER BY value_date", Map.of("donor", donor), (row, n) -> row.getString("fund") + " "
                        + row.getBigDecimal("amount").toPlainString() + " " + row.getString("currency") + " "
                        + row.getObject("value_date", LocalDate.class));
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("funding_receipt", "funding_pledge", "funding_posting", "funding_iati_import",
                "funding_donor")) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Map.of(), Long.class));
        }
        return counts;
    }

    static String activity(String provider, String amount) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.02">
                  <iati-activity default-currency="EUR">
                    <iati-identifier>XI-WIKIDATA-Q7184-ANATF</iati-identifier>
                    <transaction><transaction-type code="13"/><transaction-date iso-date="2021-01-10"/>
                      <value value-date="2021-01-10">%s</value>
                      <provider-org ref="%s" type="10"><narrative>First</narrative></provider-org></transaction>
                    <transaction><transaction-type code="11"/><transaction-date iso-date="2021-02-10"/>
                      <value currency="USD" value-date="2021-02-10">2000</value>
                      <provider-org ref="%s" type="10"><narrative>Second</narrative></provider-org></transaction>
                    <transaction><transaction-type code="1"/><transaction-date iso-date="2021-03-10"/>
                      <value value-date="2021-03-10">1000</value>
                      <provider-org ref="%s" type="10"><narrative>Third</narrative></provider-org></transaction>
                    <transaction><transaction-type code="3"/><transaction-date iso-date="2021-04-10"/>
                      <value value-date="2021-04-10">10</value></transaction>
                  </iati-activity>
                </iati-activities>
                """.formatted(amount, provider, provider, provider);
    }

    long count(String table, String donor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE donor = :donor", Map.of("donor", donor),
                Long.class);
    }

    static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(new ClassPathResource("funding/iati/iati-activities-schema.xsd").getURL());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}

@OnH2
class IatiOnH2Tests extends IatiTests {
}

@OnPostgres
class IatiOnPostgresTests extends IatiTests {
}
