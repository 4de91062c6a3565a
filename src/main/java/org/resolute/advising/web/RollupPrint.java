package org.resolute.advising.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.resolute.advising.domain.DailyRollup;
import org.resolute.advising.domain.Engagement;
import org.resolute.kernel.web.i18n.Formats;

/**
 * The daily rollup as a printable PDF: per command, each approved engagement with its outcomes, in the reader's
 * language, with institutions and areas by name and dates and counts written for the reader's locale.
 */
final class RollupPrint {

    private RollupPrint() {
    }

    static byte[] pdf(DailyRollup rollup, Formats words, Names names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        String title = words.message("advising.rollup.title", words.date(rollup.date()));
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        document.add(new Paragraph(words.message("advising.rollup.summary", words.number(rollup.total()),
                words.number(rollup.commands().size())), FontFactory.getFont(FontFactory.HELVETICA, 10)));
        if (rollup.includesIllustrative()) {
            document.add(new Paragraph(words.message("advising.rollup.pdf.illustrative"),
                    FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        for (DailyRollup.CommandDay command : rollup.commands()) {
            PdfPTable table = new PdfPTable(new float[] {3, 2, 1.5f, 4, 1.5f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            PdfPCell caption = new PdfPCell(new Phrase(words.message("advising.rollup.command",
                    command.commandName(), words.number(command.engagements().size())),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            caption.setColspan(5);
            caption.setBorder(0);
            table.addCell(caption);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);
            for (String key : new String[] {"advising.rollup.engagement", "advising.field.institution",
                    "advising.field.areas", "advising.field.keyOutcomes", "advising.field.marking"}) {
                PdfPCell cell = new PdfPCell(new Phrase(words.message(key), bold));
                cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
                table.addCell(cell);
            }
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
            for (Engagement e : command.engagements()) {
                table.addCell(new Phrase(e.title() + (e.provenance().isIllustrative() ? " *" : ""), plain));
                table.addCell(new Phrase(names.institution(e.institution()), plain));
                table.addCell(new Phrase(names.areas(e.areas()), plain));
                table.addCell(new Phrase(e.keyOutcomes(), plain));
                table.addCell(new Phrase(marking(e, words), plain));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static String marking(Engagement e, Formats words) {
        String classification = words.name(e.marking().classification());
        return e.marking().releasableTo().isEmpty() ? classification
                : words.message("marking.releasable", classification, String.join(", ", e.marking().releasableTo()));
    }
}
