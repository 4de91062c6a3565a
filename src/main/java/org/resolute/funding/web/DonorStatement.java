package org.resolute.funding.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.resolute.funding.Donor;
import org.resolute.funding.ReconciliationLine;

/** A donor's statement as a printable PDF: per fund and year, pledged against received, shortfall and FX. */
final class DonorStatement {

    private static final NumberFormat AMOUNT = NumberFormat.getNumberInstance(Locale.UK);

    static {
        AMOUNT.setMaximumFractionDigits(2);
        AMOUNT.setMinimumFractionDigits(2);
    }

    private DonorStatement() {
    }

    static byte[] pdf(Donor donor, List<ReconciliationLine> lines, LocalDate printed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle("Donor statement: " + donor.name());
        document.open();
        document.add(new Paragraph("Donor statement: " + donor.name() + " (" + donor.iatiIdentifier() + ")",
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15)));
        document.add(new Paragraph("Printed " + printed + ". Pledge amounts in the pledge's currency; US dollar "
                + "values of pledges at the rate of the day announced, of receipts at their value dates.",
                FontFactory.getFont(FontFactory.HELVETICA, 9)));
        if (lines.stream().anyMatch(ReconciliationLine::illustrative)) {
            document.add(new Paragraph("* illustrative: demo records consistent with the published totals, not "
                    + "published facts", FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        PdfPTable table = new PdfPTable(new float[] {1.2f, 0.8f, 0.8f, 2, 2, 2.6f, 2, 2, 1.8f, 0.9f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String label : List.of("Fund", "Year", "Currency", "Pledged", "Confirmed", "Received (original)",
                "Received USD", "Shortfall", "FX difference USD", "Overdue")) {
            PdfPCell cell = new PdfPCell(new Phrase(label, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8,
                    Color.WHITE)));
            cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
            table.addCell(cell);
        }
        BigDecimal receivedUsd = BigDecimal.ZERO;
        for (ReconciliationLine line : lines) {
            cell(table, line.fund() + (line.illustrative() ? " *" : ""), Element.ALIGN_LEFT);
            cell(table, Integer.toString(line.year()), Element.ALIGN_LEFT);
            cell(table, line.currency(), Element.ALIGN_LEFT);
            cell(table, format(line.pledged()), Element.ALIGN_RIGHT);
            cell(table, format(line.confirmed()), Element.ALIGN_RIGHT);
            cell(table, line.receivedOriginal().stream().map(Object::toString).collect(Collectors.joining("; ")),
                    Element.ALIGN_RIGHT);
            cell(table, AMOUNT.format(line.receivedUsd()), Element.ALIGN_RIGHT);
            cell(table, format(line.shortfall()), Element.ALIGN_RIGHT);
            cell(table, line.noRate() != null ? line.noRate() : format(line.fxDifferenceUsd()), Element.ALIGN_RIGHT);
            cell(table, line.overdue() ? "yes" : "", Element.ALIGN_LEFT);
            receivedUsd = receivedUsd.add(line.receivedUsd());
        }
        document.add(table);
        document.add(new Paragraph("Total received: USD " + AMOUNT.format(receivedUsd),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
        document.close();
        return out.toByteArray();
    }

    /** An amount, or nothing where the line could not be valued (the line then says which rate is missing). */
    private static String format(BigDecimal amount) {
        return amount == null ? "" : AMOUNT.format(amount);
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, FontFactory.getFont(FontFactory.HELVETICA, 8)));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }
}
