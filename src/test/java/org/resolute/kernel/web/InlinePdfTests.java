package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A print opens in the browser as a PDF under the name it is saved by. */
class InlinePdfTests {

    @Test
    void aPrintIsAnInlinePdfUnderItsName() {
        byte[] pdf = {'%', 'P', 'D', 'F'};

        ResponseEntity<byte[]> answer = InlinePdf.of("placemat-2019-06-30.pdf", pdf);

        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"placemat-2019-06-30.pdf\"");
        assertThat(answer.getBody()).isEqualTo(pdf);
    }
}
