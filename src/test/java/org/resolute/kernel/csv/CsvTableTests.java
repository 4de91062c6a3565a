package org.resolute.kernel.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.csv.CsvReader;
import org.resolute.kernel.csv.CsvRecord;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.kernel.csv.CsvTable;
import org.resolute.kernel.csv.CsvWriter;

/** Reading and writing RFC 4180 CSV: quoted fields survive, and a file with any bad line is refused whole. */
class CsvTableTests {

    private static final List<String> COLUMNS = List.of("code", "name", "since");

    private static List<CsvTable.Row<List<String>>> read(String text) {
        return CsvTable.read("Test file", new StringReader(text), COLUMNS,
                record -> List.of(record.required("code"), record.text("name"),
                        String.valueOf(record.optionalDate("since"))));
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedFields() {
        var rows = read("code,name,since\r\n"
                + "A,\"Bosnia, and \"\"Herzegovina\"\"\",2015-01-01\r\n"
                + "B,\"two\nlines\",\n"
                + "C,plain,2020-03-27");

        assertThat(rows).extracting(CsvTable.Row::value).containsExactly(
                List.of("A", "Bosnia, and \"Herzegovina\"", "2015-01-01"),
                List.of("B", "two\nlines", "null"),
                List.of("C", "plain", "2020-03-27"));
        assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2, 3, 5);
    }

    @Test
    void readsColumnsByNameInAnyOrderAndIgnoresABlankLastLine() {
        var rows = read("\uFEFFsince,extra,code,name\r\n2009-04-01,x,ALB,Albania\r\n\r\n");

        assertThat(rows).singleElement().extracting(CsvTable.Row::value)
                .isEqualTo(List.of("ALB", "Albania", "2009-04-01"));
    }

    @Test
    void refusesTheWholeFileAndNamesEveryBadLineByNumber() {
        String file = "code,name,since\n"
                + "A,good,2015-01-01\n"
                + ",no code,2015-01-01\n"
                + "C,too,many,fields\n"
                + "D,bad date,27 March 2020\n"
                + "E,stray \"quote,2015-01-01\n"
                + "F,\"closed\"then text,2015-01-01\n"
                + "G,good,2020-03-27\n";

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(CsvRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo("file");
            assertThat(rejected.errors()).containsExactly(
                    "line 3: code is empty",
                    "line 4: 4 fields where the header has 3",
                    "line 5: since '27 March 2020' must be a date written YYYY-MM-DD between 1900-01-01 and 2100-12-31",
                    "line 6: a quote inside an unquoted field (quote the whole field and double the quote)",
                    "line 7: text after a closing quote");
            assertThat(rejected.getMessage()).startsWith("Test file was not imported: 5 bad lines");
        });
    }

    @Test
    void namesAQuoteNeverClosed() {
        assertThatThrownBy(() -> read("code,name,since\nA,\"open,2015-01-01\nB,x,\n"))
                .isInstanceOfSatisfying(CsvRejected.class, rejected -> assertThat(rejected.errors())
                        .containsExactly("line 2: a quoted field is never closed"));
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeeds() {
        assertThatThrownBy(() -> read("code,title\nA,x\n"))
                .isInstanceOfSatisfying(CsvRejected.class, rejected -> assertThat(rejected.errors())
                        .containsExactly("line 1: the header lacks name, since"));
    }

    enum Kind {
        ALLY, OPERATIONAL_PARTNER
    }

    @Test
    void refusesAValueOutsideAnEnum() {
        assertThatThrownBy(() -> CsvTable.read("Memberships", new StringReader("kind\nALLY\nFRIEND\n"),
                List.of("kind"), record -> record.oneOf("kind", Kind.class)))
                .isInstanceOfSatisfying(CsvRejected.class, rejected -> assertThat(rejected.errors())
                        .containsExactly("line 3: kind 'FRIEND' is not one of [ALLY, OPERATIONAL_PARTNER]"));
    }

    @Test
    void writesWhatItReadsBack() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).line("code", "name", "since").line("A", "Bosnia, and \"Herzegovina\"", null)
                .line("B", "two\nlines", "2020-03-27");

        assertThat(out.toString()).isEqualTo("code,name,since\r\nA,\"Bosnia, and \"\"Herzegovina\"\"\",\r\n"
                + "B,\"two\nlines\",2020-03-27\r\n");
        assertThat(CsvReader.read(out.toString())).extracting(CsvReader.Raw::fields).containsExactly(
                List.of("code", "name", "since"), List.of("A", "Bosnia, and \"Herzegovina\"", ""),
                List.of("B", "two\nlines", "2020-03-27"));
    }

    @Test
    void aRecordAnswersItsLine() {
        CsvRecord record = new CsvRecord(7, List.of("x"), java.util.Map.of("code", 0));
        assertThat(record.line()).isEqualTo(7);
        assertThat(record.text("code")).isEqualTo("x");
    }
}
