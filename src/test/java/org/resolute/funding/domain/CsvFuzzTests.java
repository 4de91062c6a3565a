package org.resolute.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Tag;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.kernel.csv.CsvTable;

/**
 * Jazzer fuzzing of the CSV reader as the funding module reads receipts (typed fields: dates, years, amounts):
 * whatever the bytes, the table is read or rejected as a whole with a {@link CsvRejected} naming its bad lines; any
 * other exception escaping is a finding. Regression mode in the build over the seeds in
 * {@code src/test/resources/org/resolute/funding/domain/CsvFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
@Tag("fuzz")
class CsvFuzzTests {

    static final List<String> COLUMNS = List.of("fund", "donor", "pledge_year", "value_date", "amount", "currency",
            "bank_reference");

    @FuzzTest(maxDuration = "60s")
    void anyFileIsReadOrRejectedWithItsBadLinesNamed(byte[] input) {
        try {
            List<CsvTable.Row<String>> rows = CsvTable.read("fuzz.csv", new StringReader(new String(input,
                    StandardCharsets.UTF_8)), COLUMNS, row -> {
                        row.date("value_date");
                        row.optionalInteger("pledge_year");
                        row.optionalDate("value_date");
                        return row.required("amount") + row.text("bank_reference");
                    });
            assertThat(rows).isNotNull();
        } catch (CsvRejected rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }
}
