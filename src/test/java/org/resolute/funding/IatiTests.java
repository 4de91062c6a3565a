package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
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

/** IATI 2.03 out (valid against the official schema) and in (all or nothing, errors naming the element). */
abstract class IatiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    FundRegister register;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

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
                DonorKind.ORGANISATION, null, "XM-IMP-" + code)));
        String file = activity("XM-IMP-" + code, "1500.50");
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

        String bad = activity("XM-IMP-" + code, "12,5").replace("XM-IMP-" + code + "\" type=\"10\"><narrative>"
                + "Second", "XM-NOBODY\" type=\"10\"><narrative>Second");
        mvc.perform(post("/api/v1/iati/import").with(user(accounts.loadUserByUsername("fundmanager"))).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_XML).content(bad))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("transaction[1]/value")));
        assertThat(count("funding_receipt", code)).isEqualTo(1);
        assertThat(count("funding_pledge", code)).isEqualTo(2);
    }

    static String activity(String provider, String amount) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.02">
                  <iati-activity default-currency="EUR">
                    <iati-identifier>XM-NATO-ANATF</iati-identifier>
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
