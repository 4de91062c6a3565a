package org.resolute.funding.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

import org.jspecify.annotations.Nullable;
import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.kernel.Money;
import org.resolute.kernel.web.i18n.Formats;

/**
 * A donor's statement as a printable PDF: per fund and year, pledged against received, what is still to receive
 * and the exchange-rate difference, in the reader's language, every amount with its currency and cents (a
 * statement reconciles to the cent), and a negative difference said in words (a loss, an excess), not by its sign.
 */
final class DonorStatement {

    private DonorStatement() {
    }

    static byte[] pdf(Donor donor, List<ReconciliationLine> lines, LocalDate printed, Formats formats) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle(formats.message("funding.statement.title", donor.name()));
        document.open();
        document.add(new Paragraph(formats.message("funding.statement.heading", donor.name(),
                donor.iatiIdentifier()), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15)));
        document.add(new Paragraph(formats.message("funding.statement.printed", formats.date(printed)),
                FontFactory.getFont(FontFactory.HELVETICA, 9)));
        if (lines.stream().anyMatch(ReconciliationLine::illustrative)) {
            document.add(new Paragraph(formats.message("funding.statement.illustrative"),
                    FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        PdfPTable table = new PdfPTable(new float[] {1.1f, 0.7f, 2, 2, 2.6f, 2, 2.2f, 2.4f, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String key : List.of("funding.fund", "funding.year", "funding.reconciliation.pledged",
                "funding.reconciliation.confirmed", "funding.reconciliation.received",
                "funding.reconciliation.receivedUsd", "funding.reconciliation.shortfall", "funding.reconciliation.fx",
                "funding.reconciliation.overdue")) {
            PdfPCell cell = new PdfPCell(new Phrase(formats.message(key), FontFactory.getFont(
                    FontFactory.HELVETICA_BOLD, 8, Color.WHITE)));
            cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
            table.addCell(cell);
        }
        BigDecimal receivedUsd = BigDecimal.ZERO;
        for (ReconciliationLine line : lines) {
            cell(table, line.fund() + (line.illustrative() ? " *" : ""), Element.ALIGN_LEFT);
            cell(table, Integer.toString(line.year()), Element.ALIGN_LEFT);
            cell(table, money(formats, line.pledged(), line.currency()), Element.ALIGN_RIGHT);
            cell(table, money(formats, line.confirmed(), line.currency()), Element.ALIGN_RIGHT);
            cell(table, line.receivedOriginal().stream().map(formats::moneyExact).collect(Collectors.joining("; ")),
                    Element.ALIGN_RIGHT);
            cell(table, money(formats, line.receivedUsd(), "USD"), Element.ALIGN_RIGHT);
            cell(table, signed(formats, line.shortfall(), line.currency(), "funding.amount",
                    "funding.reconciliation.overpaid"), Element.ALIGN_RIGHT);
            cell(table, line.noRate() != null ? noRate(formats, line.noRate())
                    : signed(formats, line.fxDifferenceUsd(), "USD", "funding.reconciliation.fxGain",
                            "funding.reconciliation.fxLoss"), Element.ALIGN_RIGHT);
            cell(table, line.overdue() ? formats.message("funding.yes") : "", Element.ALIGN_LEFT);
            receivedUsd = receivedUsd.add(line.receivedUsd());
        }
        document.add(table);
        document.add(new Paragraph(formats.message("funding.statement.total", money(formats, receivedUsd, "USD"))
                .replace('\u202f', '\u00a0'),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
        document.close();
        return out.toByteArray();
    }

    /** An amount with its currency and cents, or nothing where the line could not be valued (it then says why). */
    private static String money(Formats formats, @Nullable BigDecimal amount, String currency) {
        return amount == null ? "" : formats.moneyExact(Money.of(amount.toPlainString(), currency));
    }

    private static String signed(Formats formats, @Nullable BigDecimal amount, String currency, String positiveKey,
            String negativeKey) {
        if (amount == null) {
            return "";
        }
        if (amount.signum() == 0) {
            return money(formats, amount, currency);
        }
        return amount.signum() < 0 ? formats.message(negativeKey, money(formats, amount.negate(), currency))
                : formats.message(positiveKey, money(formats, amount, currency));
    }

    private static String noRate(Formats formats, String wording) {
        MissingRate missing = MissingRate.of(wording);
        return missing == null ? formats.message("funding.noRate.unknown")
                : formats.message("funding.noRate", missing.currency(), formats.date(missing.on()));
    }

    /** A cell; the narrow no-break space French groups digits with is not in the PDF's font, a no-break space is. */
    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text.replace('\u202f', '\u00a0'),
                FontFactory.getFont(FontFactory.HELVETICA, 8)));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }
}
