package org.resolute.kernel.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A printed page (the placemat, the daily rollup, a donor's statement) answered as a PDF that the browser opens in
 * place, with the name it is saved under; every print is answered this one way.
 */
public final class InlinePdf {

    private InlinePdf() {
    }

    public static ResponseEntity<byte[]> of(String filename, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .body(pdf);
    }
}
