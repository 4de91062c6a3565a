package org.resolute.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;

class AttachmentTypeTests {

    private static final long MAX = 1024 * 1024;

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertThat(AttachmentType.of("minutes.PDF", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), MAX))
                .isEqualTo(AttachmentType.PDF);
        assertThat(AttachmentType.of("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0},
                MAX)).isEqualTo(AttachmentType.PNG);
        assertThat(AttachmentType.of("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, MAX))
                .isEqualTo(AttachmentType.JPEG);
        assertThat(AttachmentType.of("agenda.docx", zip("word/document.xml", "<w:document/>"), MAX))
                .isEqualTo(AttachmentType.WORD);
        assertThat(AttachmentType.of("agenda.odt", zip("mimetype", "application/vnd.oasis.opendocument.text"), MAX))
                .isEqualTo(AttachmentType.OPEN_DOCUMENT);
        assertThat(AttachmentType.of("agenda.txt", "Tagesordnung: Begrüßung\r\n\tPunkt 1".getBytes(
                StandardCharsets.UTF_8), MAX)).isEqualTo(AttachmentType.TEXT);
    }

    @Test
    void refusesAFileWhoseNameSaysOtherThanItsContent() {
        assertThatThrownBy(() -> AttachmentType.of("minutes.pdf", "plain words".getBytes(StandardCharsets.UTF_8), MAX))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("named '.pdf' but its content is text");
        assertThatThrownBy(() -> AttachmentType.of("minutes.txt", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), MAX))
                .hasMessageContaining("its content is pdf");
        assertThatThrownBy(() -> AttachmentType.of("minutes", "words".getBytes(StandardCharsets.UTF_8), MAX))
                .hasMessageContaining("needs an extension");
    }

    @Test
    void refusesArchivesThatAreNoDocumentExecutablesEmptyAndOversizedFiles() throws IOException {
        assertThatThrownBy(() -> AttachmentType.of("agenda.docx", zip("payload.exe", "MZ"), MAX))
                .hasMessageContaining("The content is not");
        assertThatThrownBy(() -> AttachmentType.of("agenda.txt", new byte[] {'M', 'Z', (byte) 0x90, 0, 3}, MAX))
                .hasMessageContaining("The content is not");
        assertThatThrownBy(() -> AttachmentType.of("agenda.txt", new byte[0], MAX)).hasMessageContaining("empty");
        assertThatThrownBy(() -> AttachmentType.of("agenda.txt", new byte[11], 10)).hasMessageContaining("at most 10");
    }

    @Test
    void neverTakesRandomBinaryWithAControlByteForText() {
        for (long seed : new long[] {1, 7, 42, 2026, 31337, 987654321}) {
            Random random = new Random(seed);
            for (int round = 0; round < 200; round++) {
                byte[] content = new byte[2 + random.nextInt(300)];
                random.nextBytes(content);
                content[0] = (byte) 'x';
                content[1 + random.nextInt(content.length - 1)] = 0;
                assertThat(AttachmentType.sniff(content)).as("seed %d round %d", seed, round)
                        .isEmpty();
            }
        }
    }
}
