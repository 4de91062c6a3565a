package org.resolute.partnership.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.resolute.kernel.InvalidInput;

/**
 * The document types an activity may carry, recognised by their content. A file's name must agree with what its
 * bytes are, so that a renamed executable or a page of script is never served as an agenda.
 */
enum AttachmentType {
    PDF("application/pdf", "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    OPEN_DOCUMENT("application/vnd.oasis.opendocument.text", "odt"),
    TEXT("text/plain;charset=UTF-8", "txt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

    private final String mediaType;
    private final Set<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** The type of a file whose name and content agree, or {@link InvalidInput} on "file" saying why not. */
    static AttachmentType of(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "partnership.error.fileEmpty", "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInput("file", "partnership.error.fileSize", "The file has " + content.length
                    + " bytes; at most " + maxBytes + " are accepted", maxBytes / 1048576);
        }
        String extension = extension(fileName);
        AttachmentType found = sniff(content).orElseThrow(() -> new InvalidInput("file", "partnership.error.fileType",
                "The content is not a PDF, Word or OpenDocument text, plain text, PNG or JPEG document"));
        if (!found.extensions.contains(extension)) {
            String expected = found.extensions.stream().sorted().findFirst().orElse("");
            throw new InvalidInput("file", "partnership.error.fileName", "The file is named '." + extension
                    + "' but its content is " + found.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (."
                    + expected + ")", extension, expected);
        }
        return found;
    }

    static Optional<AttachmentType> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeDocument(content);
        }
        return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<AttachmentType> officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 1000) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(WORD);
                }
                if (entry.getName().equals("mimetype")) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    if (mime.equals(ODT_MIME)) {
                        return Optional.of(OPEN_DOCUMENT);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Valid UTF-8 without control characters other than tab, line breaks and form feed. */
    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                    && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.trim();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            throw new InvalidInput("file", "partnership.error.extension",
                    "The file name needs an extension such as .pdf or .docx");
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
