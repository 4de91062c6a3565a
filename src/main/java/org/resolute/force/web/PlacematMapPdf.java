package org.resolute.force.web;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.resolute.force.domain.PlacematCommand;

/** The placemat's map for print: Afghanistan's outline and the hub and spokes, labelled as on the page. */
final class PlacematMapPdf {

    private static final float SCALE = 0.7f;
    private static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RED = new Color(0xb0, 0x2a, 0x37);
    private static final Color LAND = new Color(0xe9, 0xee, 0xf4);

    private PlacematMapPdf() {
    }

    static Image image(PdfWriter writer, AfghanistanMap map, List<PlacematMapLabels.MapLabel> labels) {
        float width = (float) (AfghanistanMap.WIDTH * SCALE);
        float height = (float) (map.height() * SCALE);
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        canvas.setColorStroke(NAVY);
        canvas.setColorFill(LAND);
        canvas.setLineWidth(0.8f);
        boolean first = true;
        for (double[] point : map.projectedOutline()) {
            float x = (float) point[0] * SCALE;
            float y = height - (float) point[1] * SCALE;
            if (first) {
                canvas.moveTo(x, y);
                first = false;
            } else {
                canvas.lineTo(x, y);
            }
        }
        canvas.closePathFillStroke();
        BaseFont font = helvetica();
        BaseFont bold = helveticaBold();
        for (PlacematMapLabels.MapLabel label : labels) {
            PlacematCommand command = label.command();
            float x = (float) map.x(command.longitude()) * SCALE;
            float y = height - (float) map.y(command.latitude()) * SCALE;
            canvas.setColorFill(command.hub() ? RED : NAVY);
            canvas.circle(x, y, command.hub() ? 4.5f : 3f);
            canvas.fill();
            canvas.setColorFill(NAVY);
            int alignment = switch (label.anchor()) {
                case "end" -> Element.ALIGN_RIGHT;
                case "middle" -> Element.ALIGN_CENTER;
                default -> Element.ALIGN_LEFT;
            };
            for (int line = 0; line < label.lines().size(); line++) {
                canvas.beginText();
                canvas.setFontAndSize(line == 0 ? bold : font, (float) (label.sizes().get(line) * SCALE));
                canvas.showTextAligned(alignment, PlacematPrint.printable(label.lines().get(line)),
                        (float) label.x() * SCALE,
                        height - (float) (label.ys().get(line) * SCALE), 0);
                canvas.endText();
            }
        }
        try {
            Image image = Image.getInstance(canvas);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("the map template cannot be placed", e);
        }
    }

    private static BaseFont helveticaBold() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
