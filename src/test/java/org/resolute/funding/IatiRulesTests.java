package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rule checker the exports are held to finds what the IATI Validator reported on Resolute's exports before
 * issue 20, and what a file would break if sectors or dates went wrong: a checker that found nothing would let any
 * export pass.
 */
class IatiRulesTests {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void theExportAsItWasBeforeBreaksTheIdentifierPrefixAndSectorRules() throws Exception {
        List<String> findings = IatiRules.check(file("""
                <iati-activity last-updated-datetime="2026-01-15T11:00:00Z" xml:lang="en" default-currency="USD">
                  <iati-identifier>XM-NATO-ANATF</iati-identifier>
                  <reporting-org ref="XM-NATO-ANATF" type="40"><narrative>NATO; a Board of donors</narrative>
                  </reporting-org>
                  <title><narrative>Trust fund</narrative></title>
                  <activity-status code="2"/><activity-date type="2" iso-date="2007-01-01"/>
                  <recipient-country code="AF"/>
                  %s
                </iati-activity>""".formatted(transaction("3", null))), NOW);

        assertThat(ids(findings)).contains("1.1.3", "1.1.21", "1.14.8", "1.3.8", "6.2.2");
    }

    @Test
    void aFileAsResoluteWritesItNowBreaksNoRule() throws Exception {
        assertThat(IatiRules.check(file(activity("<sector vocabulary=\"1\" code=\"15210\"/>"
                + transaction("3", null))), NOW)).isEmpty();
        assertThat(IatiRules.check(file(activity(transaction("3", "15210") + transaction("1", "11230"))), NOW))
                .isEmpty();
    }

    @Test
    void sectorsBothWaysOrOnSomeTransactionsOnlyOrUnknownAreFound() throws Exception {
        assertThat(ids(IatiRules.check(file(activity("<sector vocabulary=\"1\" code=\"15210\"/>"
                + transaction("3", "15210"))), NOW))).contains("6.6.2");
        assertThat(ids(IatiRules.check(file(activity(transaction("3", "15210") + transaction("1", null))), NOW)))
                .contains("6.7.2");
        assertThat(ids(IatiRules.check(file(activity("<sector vocabulary=\"1\" code=\"99999\"/>"
                + transaction("3", null))), NOW))).contains("9.76.1");
    }

    @Test
    void datesInTheFutureAndAMissingStartAreFound() throws Exception {
        String future = activity("<sector vocabulary=\"1\" code=\"15210\"/>" + transaction("3", null))
                .replace("2025-12-01T00:00:00Z", "2026-02-01T00:00:00Z").replace("2019-05-05", "2026-03-03")
                .replace("<activity-date type=\"2\" iso-date=\"2007-01-01\"/>", "");
        assertThat(ids(IatiRules.check(file(future), NOW))).contains("11.1.1", "11.2.1", "11.2.2", "6.11.1");
    }

    static String activity(String rest) {
        return """
                <iati-activity last-updated-datetime="2025-12-01T00:00:00Z" xml:lang="en" default-currency="USD">
                  <iati-identifier>XI-WIKIDATA-Q7184-ANATF</iati-identifier>
                  <reporting-org ref="XI-WIKIDATA-Q7184" type="40"><narrative>NATO</narrative></reporting-org>
                  <title><narrative>Trust fund</narrative></title>
                  <activity-status code="2"/><activity-date type="2" iso-date="2007-01-01"/>
                  <recipient-country code="AF"/>
                  %s
                </iati-activity>""".formatted(rest);
    }

    static String transaction(String type, String sector) {
        return """
                <transaction><transaction-type code="%s"/><transaction-date iso-date="2019-05-05"/>
                  <value currency="USD" value-date="2019-05-05">10</value>
                  <receiver-org type="10"><narrative>Ministry of Defence of Afghanistan</narrative></receiver-org>%s
                </transaction>""".formatted(type, sector == null ? "" : "<sector vocabulary=\"1\" code=\"" + sector
                + "\"/>");
    }

    static String file(String activity) {
        return "<iati-activities version=\"2.03\" generated-datetime=\"2026-01-15T12:00:00Z\">" + activity
                + "</iati-activities>";
    }

    static List<String> ids(List<String> findings) {
        return findings.stream().map(finding -> finding.substring(0, finding.indexOf(':'))).toList();
    }
}
