package org.resolute.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.kernel.csv.CsvTable;

/**
 * Seeded random mutations of a valid IATI file and a valid CSV file (bytes flipped, inserted, dropped, cut): the
 * parsers (for IATI, the reader and the import plan) either read the file or report a validation error, never
 * another exception. A failure names its seed
 * and mutation round, so it can be replayed.
 */
class ParserFuzzTests {

    static final String IATI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
              <iati-activity default-currency="EUR">
                <iati-identifier>XM-NATO-ANATF</iati-identifier>
                <transaction><transaction-type code="13"/><transaction-date iso-date="2021-01-10"/>
                  <value value-date="2021-01-10">1500.50</value>
                  <provider-org ref="XM-DAC-12"><narrative>UK</narrative></provider-org></transaction>
                <transaction><transaction-type code="1"/><transaction-date iso-date="2021-03-10"/>
                  <value currency="GBP" value-date="2021-03-10">1000</value>
                  <provider-org ref="XM-DAC-12"/></transaction>
              </iati-activity>
            </iati-activities>
            """;
    static final String CSV = """
            fund,donor,pledge_year,value_date,amount,currency,bank_reference
            ANATF,GBR,2020,2020-03-10,1000000,GBP,"REF, ""quoted"" end"
            LOTFA,DEU,2008,2008-10-10,10000000,EUR,REF-2
            """;
    static final int ROUNDS = 400;
    static final String SPECIALS = "<>&\"',;\n\r\u0000-.9";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L, 3L, 2007L, 20201019L})
    void theIatiReaderAnswersAMangledFileWithAValidationErrorOnly(long seed) {
        Random random = new Random(seed);
        assertThat(IatiFile.read(bytes(IATI))).singleElement()
                .satisfies(activity -> assertThat(activity.transactions()).hasSize(2));
        for (int round = 0; round < ROUNDS; round++) {
            String input = mutate(IATI, random);
            try {
                IatiFileTests.plan(bytes(input)).report();
            } catch (InvalidInput expected) {
                assertThat(expected.field()).isEqualTo("file");
            } catch (RuntimeException e) {
                fail("seed " + seed + ", round " + round + ": " + e + " for input:\n" + input, e);
            }
        }
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L, 3L, 2007L, 20201019L})
    void theCsvReaderAnswersAMangledFileWithAValidationErrorOnly(long seed) {
        Random random = new Random(seed);
        List<String> columns = List.of("fund", "donor", "pledge_year", "value_date", "amount", "currency",
                "bank_reference");
        for (int round = 0; round < ROUNDS; round++) {
            String input = mutate(CSV, random);
            try {
                CsvTable.read("fuzz.csv", new StringReader(input), columns, row -> {
                    row.date("value_date");
                    row.optionalInteger("pledge_year");
                    return row.required("amount");
                });
            } catch (CsvRejected expected) {
                assertThat(expected.errors()).isNotEmpty();
            } catch (RuntimeException e) {
                fail("seed " + seed + ", round " + round + ": " + e + " for input:\n" + input, e);
            }
        }
    }

    static String mutate(String valid, Random random) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.setCharAt(at, (char) random.nextInt(256));
                case 1 -> out.insert(at, SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                case 2 -> out.deleteCharAt(at);
                case 3 -> out.setLength(at);
                default -> out.insert(at, out.substring(random.nextInt(out.length())));
            }
        }
        return out.toString();
    }
}
