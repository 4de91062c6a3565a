package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Every list's CSV is answered one way: a header, a line per record, as a UTF-8 CSV attachment under its name. */
class CsvDownloadTests {

    @Test
    void aDownloadIsTheHeaderThenALinePerRecordWithCellsQuotedAsRfc4180Asks() {
        ResponseEntity<String> answer = new CsvDownload("code", "name", "note")
                .line("GBR", "United Kingdom", null)
                .line("X", "Smith, \"Jo\"", 3)
                .as("nations.csv");

        assertThat(answer.getBody())
                .isEqualTo("code,name,note\r\nGBR,United Kingdom,\r\nX,\"Smith, \"\"Jo\"\"\",3\r\n");
    }

    @Test
    void aDownloadIsSavedUnderItsNameAsUtf8Csv() {
        ResponseEntity<String> answer = CsvDownload.attachment("troop-ceilings.csv", "kind\r\n");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"troop-ceilings.csv\"");
        assertThat(answer.getBody()).isEqualTo("kind\r\n");
    }
}
