package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The digest is SHA-256 in lower-case hex, of a text's UTF-8 bytes: the values stored hashes are compared with. */
class Sha256Tests {

    @Test
    void theDigestOfAbcIsTheStandardsTestVector() {
        assertThat(Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aTextIsDigestedAsItsUtf8Bytes() {
        assertThat(Sha256.hex("Kraków")).isEqualTo(Sha256.hex("Kraków".getBytes(StandardCharsets.UTF_8)))
                .hasSize(64).matches("[0-9a-f]+");
    }
}
