package org.resolute.kernel.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV written by Resolute reads back in any RFC 4180 reader. */
class CsvTests {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.row("plain", "a,b", "say \"hi\"", "two\nlines", null))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }
}
