package org.resolute.force.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.resolute.force.domain.Placemat;
import org.resolute.force.domain.PlacematCommand;
import org.resolute.force.domain.PlacematNation;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.csv.CsvWriter;
import org.resolute.kernel.web.i18n.Formats;

/** The placemat as a printable PDF and as CSV (one line per nation). */
public final class PlacematPrint {

    private PlacematPrint() {
    }

    public static String csv(Placemat placemat) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out).line("date", "nation", "name", "status", "troops", "source", "as_of",
                "provenance_status");
        for (PlacematNation nation : placemat.nations()) {
            Provenance provenance = nation.provenance();
            csv.line(placemat.date().toString(), nation.nation(), nation.name(), nation.status(),
                    Integer.toString(nation.troops()), provenance.source(),
                    provenance.asOf() == null ? "" : provenance.asOf().toString(), provenance.status().name());
        }
        return out.toString();
    }

    /**
     * The printable placemat in the reader's language: the figures, the hub and spokes on the map, the per-nation
     * tables, with troops, dates and statuses written as on the page.
     */
    public static byte[] pdf(Placemat placemat, AfghanistanMap map, Formats formats) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(formats.message("force.placemat.pdfTitle", formats.date(placemat.date())));
        document.open();
        document.add(paragraph(formats.message("force.placemat.heading"),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        document.add(paragraph(formats.message("force.placemat.asOfDate", formats.date(placemat.date())),
                FontFactory.getFont(FontFactory.HELVETICA, 11)));
        document.add(paragraph(formats.message("force.placemat.pdfTotal", formats.number(placemat.totalTroops()),
                formats.number(placemat.nationCount())), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
        if (placemat.includesIllustrative()) {
            document.add(paragraph("* " + formats.message("force.placemat.pdfIllustrative"),
                    FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        document.add(Chunk.NEWLINE);
        document.add(PlacematMapPdf.image(writer, map, PlacematMapLabels.of(placemat.commands(), map, formats)));
        document.add(paragraph(formats.message("force.placemat.pdfMapNote"),
                FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8)));
        document.add(nations(formats.message("force.placemat.allies", formats.number(placemat.allies().size())),
                placemat.allies(), formats));
        document.add(nations(formats.message("force.placemat.partners", formats.number(placemat.partners().size())),
                placemat.partners(), formats));
        document.add(commands(placemat.commands(), formats));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable nations(String title, List<PlacematNation> nations, Formats formats) {
        PdfPTable table = table(title, new float[] {4, 2, 1.5f, 3.5f});
        header(table, formats.message("force.field.nation"), formats.message("force.field.troops"),
                formats.message("force.field.provenanceStatus"), formats.message("force.field.source"));
        for (PlacematNation nation : nations) {
            boolean illustrative = nation.provenance().isIllustrative();
            cell(table, nation.name(), Element.ALIGN_LEFT);
            cell(table, formats.number(nation.troops()) + (illustrative ? " *" : ""), Element.ALIGN_RIGHT);
            cell(table, formats.name(nation.provenance().status()), Element.ALIGN_LEFT);
            cell(table, nation.provenance().source().replace(";", ", "), Element.ALIGN_LEFT);
        }
        return table;
    }

    private static PdfPTable commands(List<PlacematCommand> commands, Formats formats) {
        PdfPTable table = table(formats.message("force.placemat.map"), new float[] {4, 3, 2.5f, 1.5f});
        header(table, formats.message("force.field.command"), formats.message("force.field.location"),
                formats.message("force.placemat.leadNation"), formats.message("force.field.troops"));
        for (PlacematCommand command : commands) {
            cell(table, command.name(), Element.ALIGN_LEFT);
            cell(table, command.location(), Element.ALIGN_LEFT);
            cell(table, command.leadNationName(), Element.ALIGN_LEFT);
            cell(table, formats.number(command.troops()), Element.ALIGN_RIGHT);
        }
        return table;
    }

    private static PdfPTable table(String title, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        PdfPCell caption = new PdfPCell(new Phrase(printable(title),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
        caption.setColspan(widths.length);
        caption.setBorder(0);
        table.addCell(caption);
        return table;
    }

    private static void header(PdfPTable table, String... labels) {
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(printable(label), bold));
            cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
            table.addCell(cell);
        }
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text), FontFactory.getFont(FontFactory.HELVETICA, 9)));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(printable(text), font);
    }

    /**
     * The text in the PDF's standard fonts, which lack the narrow no-break space that French writes between
     * thousands ("9 592"): it becomes a no-break space, which they have.
     */
    static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }
}
