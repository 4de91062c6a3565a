package org.resolute.force.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

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

import org.resolute.force.Placemat;
import org.resolute.force.PlacematCommand;
import org.resolute.force.PlacematNation;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.csv.CsvWriter;

/** The placemat as a printable PDF and as CSV (one line per nation). */
public final class PlacematPrint {

    private static final NumberFormat TROOPS = NumberFormat.getIntegerInstance(Locale.UK);

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

    /** The printable placemat: the figures, the hub and spokes on the map, the per-nation tables. */
    public static byte[] pdf(Placemat placemat, AfghanistanMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Resolute Support Mission: Key Facts and Figures, " + placemat.date());
        document.open();
        document.add(new Paragraph("Resolute Support Mission (RSM): Key Facts and Figures",
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        document.add(new Paragraph("As of " + placemat.date(), FontFactory.getFont(FontFactory.HELVETICA, 11)));
        document.add(new Paragraph("Total troops: " + TROOPS.format(placemat.totalTroops()) + " from "
                + placemat.nationCount() + " nations", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
        if (placemat.includesIllustrative()) {
            document.add(new Paragraph("* illustrative: a demo figure consistent with the published totals, "
                    + "not a published fact", FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        document.add(Chunk.NEWLINE);
        document.add(PlacematMapPdf.image(writer, map, placemat.commands()));
        document.add(new Paragraph("The hub and spokes with their lead nations. Country outline: Natural Earth "
                + "(public domain).", FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8)));
        document.add(nations("NATO Allies", placemat.allies()));
        document.add(nations("Operational partners", placemat.partners()));
        document.add(commands(placemat.commands()));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable nations(String title, List<PlacematNation> nations) {
        PdfPTable table = table(title + " (" + nations.size() + ")", new float[] {4, 2, 1.5f, 3.5f});
        header(table, "Nation", "Troops", "Status", "Source");
        for (PlacematNation nation : nations) {
            boolean illustrative = nation.provenance().isIllustrative();
            cell(table, nation.name(), Element.ALIGN_LEFT);
            cell(table, TROOPS.format(nation.troops()) + (illustrative ? " *" : ""), Element.ALIGN_RIGHT);
            cell(table, nation.provenance().status().label(), Element.ALIGN_LEFT);
            cell(table, nation.provenance().source(), Element.ALIGN_LEFT);
        }
        return table;
    }

    private static PdfPTable commands(List<PlacematCommand> commands) {
        PdfPTable table = table("Hub and spokes", new float[] {4, 3, 2.5f, 1.5f});
        header(table, "Command", "Location", "Lead nation", "Troops");
        for (PlacematCommand command : commands) {
            cell(table, command.name(), Element.ALIGN_LEFT);
            cell(table, command.location(), Element.ALIGN_LEFT);
            cell(table, command.leadNationName(), Element.ALIGN_LEFT);
            cell(table, TROOPS.format(command.troops()), Element.ALIGN_RIGHT);
        }
        return table;
    }

    private static PdfPTable table(String title, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        PdfPCell caption = new PdfPCell(new Phrase(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
        caption.setColspan(widths.length);
        caption.setBorder(0);
        table.addCell(caption);
        return table;
    }

    private static void header(PdfPTable table, String... labels) {
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(label, bold));
            cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
            table.addCell(cell);
        }
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, FontFactory.getFont(FontFactory.HELVETICA, 9)));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }
}
