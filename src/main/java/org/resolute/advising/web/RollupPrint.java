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

import org.resolute.advising.DailyRollup;
import org.resolute.advising.Engagement;

/** The daily rollup as a printable PDF: per command, each approved engagement with its outcomes. */
final class RollupPrint {

    private RollupPrint() {
    }

    static byte[] pdf(DailyRollup rollup) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Advising daily rollup, " + rollup.date());
        document.open();
        document.add(new Paragraph("Advising daily rollup: " + rollup.date(),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        document.add(new Paragraph(rollup.total() + " approved engagements in " + rollup.commands().size()
                + " commands, as the reader may see them", FontFactory.getFont(FontFactory.HELVETICA, 10)));
        if (rollup.includesIllustrative()) {
            document.add(new Paragraph("* illustrative: a generated demo report, not a record of a real engagement",
                    FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        for (DailyRollup.CommandDay command : rollup.commands()) {
            PdfPTable table = new PdfPTable(new float[] {3, 2, 1.5f, 4, 1.5f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            PdfPCell caption = new PdfPCell(new Phrase(command.commandName() + " (" + command.engagements().size()
                    + ")", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            caption.setColspan(5);
            caption.setBorder(0);
            table.addCell(caption);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);
            for (String label : new String[] {"Engagement", "Institution", "Areas", "Key outcomes", "Marking"}) {
                PdfPCell cell = new PdfPCell(new Phrase(label, bold));
                cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
                table.addCell(cell);
            }
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
            for (Engagement e : command.engagements()) {
                table.addCell(new Phrase(e.title() + (e.provenance().isIllustrative() ? " *" : ""), plain));
                table.addCell(new Phrase(e.institution(), plain));
                table.addCell(new Phrase(String.join(", ", e.areas()), plain));
                table.addCell(new Phrase(e.keyOutcomes(), plain));
                table.addCell(new Phrase(e.marking().toString(), plain));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }
}
