package org.resolute.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.funding.Fund;
import org.resolute.funding.domain.IatiImport.SkipReason;
import org.resolute.kernel.InvalidInput;

/** The IATI reader and import plan on publishers' files, without the application: versions, skips, errors. */
class IatiFileTests {

    static final Map<String, Fund> FUNDS = Map.of("XM-NATO-ANATF", fund("ANATF", "XM-NATO-ANATF"),
            "XI-WIKIDATA-Q7184-ANATF", fund("ANATF", "XI-WIKIDATA-Q7184-ANATF"),
            "XM-DAC-41114-LOTFA", fund("LOTFA", "XM-DAC-41114-LOTFA"));
    static final Map<String, Donor> DONORS = Map.of("XM-DAC-701", donor("JPN", "XM-DAC-701"),
            "XM-DAC-5", donor("DEU", "XM-DAC-5"), "XM-DAC-8", donor("NOR", "XM-DAC-8"),
            "XM-DAC-6", donor("ITA", "XM-DAC-6"), "XM-DAC-12", donor("GBR", "XM-DAC-12"),
            "XM-DAC-302", donor("USA", "XM-DAC-302"), "XM-DAC-3", donor("DNK", "XM-DAC-3"));

    @Test
    void aFileWithTheVersionOnlyOnEachActivityIsReadWithEachActivitysVersion() throws IOException {
        List<IatiFile.Activity> activities = IatiFile.read(resource("publishers-2.02-version-on-activities.xml"));

        assertThat(activities).extracting(IatiFile.Activity::identifier).containsExactly(
                "XI-IATI-EC_DEVCO-2019/410-556", "XM-DAC-41114-LOTFA", "XI-WIKIDATA-Q7184-ANATF",
                "XM-DAC-41114-PROJECT-00112233");
        assertThat(activities).extracting(IatiFile.Activity::version).containsOnly("2.02");
        assertThat(activities.get(1).transactions()).hasSize(7);
    }

    @Test
    void budgetsAndPlannedDisbursementsAreNotReadAsTransactionValues() throws IOException {
        IatiFile.Activity commission = IatiFile.read(resource("publishers-2.02-version-on-activities.xml")).get(0);

        assertThat(commission.transactions()).extracting(IatiFile.Transaction::amount)
                .containsExactly("60000000", "30000000");
        assertThat(commission.transactions().get(0).valueDate()).isEqualTo("2019-12-12");
        assertThat(commission.transactions().get(0).currency()).isNull();
        assertThat(commission.defaultCurrency()).isEqualTo("EUR");
    }

    @Test
    void aFileOfVersionOneIsRefusedWithOneErrorNamingTheVersionAndTheVersionNeeded() {
        assertThatThrownBy(() -> IatiFile.read(resource("anatf-1.05.xml"))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "file")
                .hasMessage("iati-activities/@version: this is IATI version 1.05; this import reads IATI 2.01 or "
                        + "later (2.01, 2.02, 2.03): publish or convert the file as IATI 2");
    }

    @Test
    void anActivityOfVersionOneInAFileWithoutRootVersionIsRefusedNamingTheActivity() {
        String file = """
                <iati-activities><iati-activity version="1.04"><iati-identifier>XM-NATO-ANATF</iati-identifier>
                <transaction><transaction-type code="IF"/></transaction></iati-activity></iati-activities>""";

        assertThatThrownBy(() -> IatiFile.read(bytes(file))).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("iati-activity 'XM-NATO-ANATF'/@version: this is IATI version 1.04;")
                .hasMessageContaining("2.01 or later").hasMessageNotContaining(";  ");
    }

    @Test
    void aFileWithNoVersionAnywhereNamesEachActivityWithoutOne() {
        String file = """
                <iati-activities><iati-activity><iati-identifier>A-1</iati-identifier></iati-activity>
                <iati-activity version="2.03"><iati-identifier>A-2</iati-identifier></iati-activity>
                </iati-activities>""";

        assertThatThrownBy(() -> IatiFile.read(bytes(file))).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("iati-activity 'A-1': the IATI version is missing")
                .hasMessageNotContaining("A-2").hasMessageNotContaining("NullPointerException");
    }

    @Test
    void anUnknownVersionIsNamedAsSuch() {
        assertThatThrownBy(() -> IatiFile.read(bytes("<iati-activities version=\"2.04\"/>")))
                .hasMessage("iati-activities/@version: '2.04' is not an IATI version read here (2.01, 2.02 or 2.03)");
    }

    @Test
    void theEncodingComesFromTheFileItselfWithOrWithoutAByteOrderMark() {
        String file = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <iati-activities version="2.03"><iati-activity><iati-identifier>XM-NATO-ANATF</iati-identifier>
                <transaction><transaction-type code="1"/><value value-date="2020-01-02">5</value>
                <provider-org ref="XM-DAC-12"><narrative>Royaume-Uni, contribution spéciale</narrative></provider-org>
                </transaction></iati-activity></iati-activities>""";
        byte[] latin = file.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = file.replace("ISO-8859-1", "UTF-8").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);

        for (byte[] encoded : List.of(latin, withMark)) {
            assertThat(IatiFile.read(new ByteArrayInputStream(encoded)).get(0).transactions().get(0).providerName())
                    .isEqualTo("Royaume-Uni, contribution spéciale");
        }
    }

    @Test
    void aFileThatIsNotAnActivityFileIsRefusedNamingItsRoot() {
        assertThatThrownBy(() -> IatiFile.read(bytes("<iati-organisations version=\"2.03\"/>")))
                .hasMessageContaining("the root element is 'iati-organisations'");
        assertThatThrownBy(() -> IatiFile.read(bytes("<iati-activities version=\"2.03\">")))
                .hasMessageStartingWith("the file is not well-formed XML");
    }

    @Test
    void thePlanImportsIncomingTransactionsOfKnownDonorsAndSaysWhyEverythingElseIsSkipped() throws IOException {
        IatiImportPlan plan = plan(resource("publishers-2.02-version-on-activities.xml"));
        IatiImport report = plan.report();

        assertThat(report.receipts()).isEqualTo(3);
        assertThat(report.pledges()).isEqualTo(2);
        assertThat(report.skippedTransactions()).isEqualTo(8);
        assertThat(report.activities()).extracting(IatiImport.ActivityReport::fund)
                .containsExactly(null, "LOTFA", "ANATF", null);
        assertThat(report.activities().get(0).skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.transaction()).isNull();
            assertThat(skip.reason()).isEqualTo(SkipReason.NOT_FOR_A_FUND_HERE);
            assertThat(skip.detail()).contains("XI-IATI-EC_DEVCO-2019/410-556", "2 transaction(s)",
                    "transactions 1 to LOTFA, 2 to LOTFA are the publisher's own, outgoing to a fund here");
        });
        IatiImport.ActivityReport lotfa = report.activities().get(1);
        assertThat(lotfa.receipts()).isEqualTo(2);
        assertThat(lotfa.pledges()).isEqualTo(1);
        assertThat(lotfa.skipped()).extracting(IatiImport.Skipped::transaction, IatiImport.Skipped::reason)
                .containsExactly(tuple(2, SkipReason.UNKNOWN_ORGANISATION),
                        tuple(4, SkipReason.TRANSACTION_TYPE_NOT_IMPORTED),
                        tuple(5, SkipReason.TRANSACTION_TYPE_NOT_IMPORTED), tuple(6, SkipReason.UNKNOWN_ORGANISATION));
        assertThat(lotfa.skipped().get(0).detail()).contains("XI-IATI-EC_DEVCO", "European Commission");
        assertThat(lotfa.skipped().get(1).detail()).contains("type 3 (Disbursement)");
        assertThat(lotfa.skipped().get(3).detail()).contains("'Private contributions' has no @ref");
        assertThat(plan.incoming()).filteredOn(incoming -> incoming.fund().equals("ANATF"))
                .extracting(incoming -> incoming.value().toString() + " " + incoming.valueDate())
                .containsExactly("10000000.00 EUR 2020-02-20", "10000000.00 EUR 2020-03-31");
    }

    @Test
    void anErrorInWhatWouldBeImportedRefusesTheFileNamingTheElementButSkippedPartsAreNotChecked() {
        String file = """
                <iati-activities version="2.03">
                 <iati-activity default-currency="EUR"><iati-identifier>XM-NATO-ANATF</iati-identifier>
                  <transaction><transaction-type code="1"/><value value-date="2020-01-02">12,5</value>
                   <provider-org ref="XM-DAC-12"/></transaction>
                  <transaction><transaction-type code="13"/><value currency="EUR" value-date="1999-01-02">5</value>
                   <provider-org ref="XM-DAC-12"/></transaction>
                  <transaction><transaction-type code="1"/><value currency="XAF" value-date="2020-01-02">5</value>
                   <provider-org ref="XM-DAC-12"/></transaction>
                  <transaction><transaction-type code="3"/><value>not checked</value></transaction>
                 </iati-activity>
                 <iati-activity><iati-identifier>OTHER-1</iati-identifier>
                  <transaction><transaction-type code="1"/><value>not checked either</value></transaction>
                 </iati-activity>
                </iati-activities>""";

        assertThatThrownBy(() -> plan(bytes(file))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "file")
                .hasMessage("iati-activity 'XM-NATO-ANATF' transaction[1]/value: '12,5' is not a number; "
                        + "iati-activity 'XM-NATO-ANATF' transaction[2]/value/@value-date: 1999-01-02 is before "
                        + "2002, the first year a pledge is for; iati-activity 'XM-NATO-ANATF' transaction[3]"
                        + "/value/@currency: no rate for XAF");
    }

    static IatiImportPlan plan(InputStream file) {
        return new IatiImportPlan(IatiFile.read(file), FUNDS, DONORS, (currency, on) -> {
            if (currency.equals("XAF")) {
                throw new InvalidInput("currency", "no rate for XAF");
            }
        });
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = IatiFileTests.class.getResourceAsStream("/org/resolute/funding/iati/" + name);
        assertThat(in).as(name).isNotNull();
        return new ByteArrayInputStream(in.readAllBytes());
    }

    static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    static Fund fund(String code, String iati) {
        return new Fund(code, code, "administrator", "purpose", "windows", "calendar", LocalDate.of(2002, 1, 1),
                iati, "S1");
    }

    static Donor donor(String code, String iati) {
        return new Donor(code, code, DonorKind.ORGANISATION, null, iati);
    }
}
