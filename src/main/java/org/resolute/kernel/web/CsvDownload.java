package org.resolute.kernel.web;

import org.resolute.kernel.csv.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file for the browser to save: a header line, then a line per record, answered as an attachment under the
 * name given. Every list's export answers this one way, so each sends the same type and the same headers.
 */
public final class CsvDownload {

    private final StringBuilder text = new StringBuilder();

    /** A file that starts with the header line. */
    public CsvDownload(String... header) {
        line((Object[]) header);
    }

    /** Adds a record's line; a null cell is written empty. */
    public CsvDownload line(Object... cells) {
        text.append(Csv.row(cells));
        return this;
    }

    /** The file as the answer, saved by the browser under the name given. */
    public ResponseEntity<String> as(String filename) {
        return attachment(filename, text.toString());
    }

    /** CSV text written elsewhere (a domain export), answered as the file to save. */
    public static ResponseEntity<String> attachment(String filename, String csv) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(csv);
    }
}
