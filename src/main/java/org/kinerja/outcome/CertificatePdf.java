package org.kinerja.outcome;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;
import org.kinerja.shared.IndonesianFormat;

/**
 * The certificate of appreciation (Piagam Penghargaan) for an employee whose predikat earned a reward: one A4
 * landscape page (OpenPDF) in Bahasa Indonesia, with a decorative double border drawn on the page, no images. Dates
 * use Indonesian month names with an explicit locale, independent of the JVM's default locale.
 */
final class CertificatePdf {

    static final String TITLE = "PIAGAM PENGHARGAAN";
    private static final Color NAVY = new Color(0x1F, 0x2A, 0x44);
    private static final Color GOLD = new Color(0xB8, 0x86, 0x0B);
    private static final Color LIGHT = new Color(0xFB, 0xF8, 0xEF);

    private CertificatePdf() {
    }

    /** The certificate as PDF bytes. */
    public static byte[] render(Certificate c) {
        Objects.requireNonNull(c, "c");
        Font organisation = new Font(Font.HELVETICA, 14, Font.BOLD, NAVY);
        Font title = new Font(Font.TIMES_ROMAN, 34, Font.BOLD, GOLD);
        Font number = new Font(Font.HELVETICA, 10, Font.NORMAL, NAVY);
        Font text = new Font(Font.TIMES_ROMAN, 14, Font.NORMAL, NAVY);
        Font textBold = new Font(Font.TIMES_ROMAN, 14, Font.BOLD, NAVY);
        Font name = new Font(Font.TIMES_ROMAN, 28, Font.BOLD, NAVY);
        Font signer = new Font(Font.HELVETICA, 11, Font.NORMAL, NAVY);
        Font signerBold = new Font(Font.HELVETICA, 11, Font.BOLD | Font.UNDERLINE, NAVY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 80, 80, 58, 46);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Piagam Penghargaan " + c.employeeName() + " Tahun " + c.year());
            document.addAuthor("Kinerja");
            document.addCreator("Kinerja");
            document.addSubject("Piagam penghargaan atas capaian predikat kinerja " + c.predikat().label());
            document.open();
            drawBorder(writer.getDirectContentUnder(), page);

            document.add(centered(c.organisationName().toUpperCase(Locale.ROOT), organisation, 0));
            document.add(centered(TITLE, title, 10));
            document.add(centered("Nomor: " + c.number(), number, 2));
            document.add(centered("diberikan kepada", text, 24));
            document.add(centered(c.employeeName(), name, 10));
            document.add(centered("NIP " + c.nip(), text, 4));
            String job = jobLine(c);
            if (!job.isEmpty()) {
                document.add(centered(job, text, 2));
            }
            Paragraph reason = new Paragraph();
            reason.add(new Chunk("atas capaian predikat kinerja ", text));
            reason.add(new Chunk(c.predikat().label(), textBold));
            reason.add(new Chunk(" pada periode penilaian tahun " + c.year(), text));
            reason.setAlignment(Element.ALIGN_CENTER);
            reason.setSpacingBefore(18);
            document.add(reason);

            // The date and the signer, right-aligned under the text, kept together.
            PdfPTable signature = new PdfPTable(new float[] {5.5f, 4.5f});
            signature.setWidthPercentage(100);
            signature.setSpacingBefore(30);
            signature.setKeepTogether(true);
            signature.addCell(empty());
            PdfPCell block = new PdfPCell();
            block.setBorder(Rectangle.NO_BORDER);
            block.setHorizontalAlignment(Element.ALIGN_CENTER);
            block.addElement(centered("Ditetapkan pada tanggal " + IndonesianFormat.date(c.date()), signer, 0));
            block.addElement(centered(c.signerTitle(), signer, 2));
            block.addElement(centered(c.signerName(), signerBold, 44));
            if (c.signerNip() != null && !c.signerNip().isBlank()) {
                block.addElement(centered("NIP " + c.signerNip(), signer, 1));
            }
            signature.addCell(block);
            document.add(signature);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF piagam penghargaan tidak dapat dibuat", e);
        }
        return out.toByteArray();
    }

    /** E.g. "Analis Kebijakan Ahli Muda, Bidang Pelayanan"; empty when both are missing. */
    private static String jobLine(Certificate c) {
        boolean position = c.position() != null && !c.position().isBlank();
        boolean unit = c.unitName() != null && !c.unitName().isBlank();
        if (position && unit) {
            return c.position() + ", " + c.unitName();
        }
        return position ? c.position() : unit ? c.unitName() : "";
    }

    /** A light background, a thick gold frame, a thin navy frame inside it and small squares in the corners. */
    private static void drawBorder(PdfContentByte canvas, Rectangle page) {
        float w = page.getWidth();
        float h = page.getHeight();
        canvas.saveState();
        canvas.setColorFill(LIGHT);
        canvas.rectangle(20, 20, w - 40, h - 40);
        canvas.fill();

        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(6f);
        canvas.rectangle(24, 24, w - 48, h - 48);
        canvas.stroke();

        canvas.setColorStroke(NAVY);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(36, 36, w - 72, h - 72);
        canvas.stroke();
        canvas.setLineWidth(0.5f);
        canvas.rectangle(40, 40, w - 80, h - 80);
        canvas.stroke();

        canvas.setColorFill(GOLD);
        float size = 10;
        for (float[] corner : new float[][] {{36, 36}, {w - 36, 36}, {36, h - 36}, {w - 36, h - 36}}) {
            canvas.rectangle(corner[0] - size / 2, corner[1] - size / 2, size, size);
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static Paragraph centered(String content, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(new Chunk(content, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static PdfPCell empty() {
        PdfPCell cell = new PdfPCell(new Phrase(""));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
