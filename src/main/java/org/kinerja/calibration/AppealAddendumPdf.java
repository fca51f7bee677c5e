package org.kinerja.calibration;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.kinerja.shared.IndonesianFormat;

/**
 * The addendum to the decision on the employees' predikat: "Perubahan setelah keberatan", the predikat that appeals
 * changed after publication (NIP, name, the predikat of the decision, the predikat after the appeal, the reason, the
 * date). An A4 PDF (OpenPDF) in Bahasa Indonesia; appeals are few, so it is built whole.
 */
final class AppealAddendumPdf {

    static final String TITLE = "PERUBAHAN SETELAH KEBERATAN";

    private AppealAddendumPdf() {
    }

    /** Writes the addendum to {@code out} (flushed, not closed); returns the number of changes listed. */
    static int write(String organisationName, int year, LocalDate decidedOn, List<CalibrationQueries.AppealChange> changes,
            OutputStream out) {
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font text = new Font(Font.HELVETICA, 10, Font.NORMAL);
        Font cell = new Font(Font.HELVETICA, 9, Font.NORMAL);
        Font headerCell = new Font(Font.HELVETICA, 9, Font.BOLD);
        Document document = new Document(PageSize.A4, 56, 56, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle("Perubahan setelah keberatan: penetapan predikat kinerja pegawai " + organisationName + " tahun " + year);
            document.addAuthor("Kinerja");
            document.addCreator("Kinerja");
            document.open();
            Paragraph heading = new Paragraph(TITLE, title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph of = new Paragraph("Lampiran penetapan predikat kinerja pegawai " + organisationName + " periode penilaian tahun "
                    + year + (decidedOn == null ? "" : " tanggal " + IndonesianFormat.date(decidedOn)), text);
            of.setAlignment(Element.ALIGN_CENTER);
            of.setSpacingAfter(10);
            document.add(of);
            document.add(new Paragraph("Predikat kinerja pegawai berikut diubah setelah penetapan karena keberatan pegawai yang "
                    + "dikabulkan oleh atasan pejabat penilai kinerja. Predikat lain tetap sebagaimana ditetapkan.", text));
            PdfPTable table = new PdfPTable(new float[] {0.7f, 3.5f, 2.6f, 1.8f, 1.9f, 3.2f, 1.8f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            for (String h : List.of("No", "NIP", "Nama", "Predikat semula", "Predikat setelah keberatan", "Alasan", "Tanggal")) {
                PdfPCell c = new PdfPCell(new Phrase(h, headerCell));
                c.setGrayFill(0.9f);
                table.addCell(c);
            }
            int number = 0;
            for (CalibrationQueries.AppealChange change : changes) {
                table.addCell(new Phrase(Integer.toString(++number), cell));
                table.addCell(new Phrase(change.nip(), cell));
                table.addCell(new Phrase(change.name(), cell));
                table.addCell(new Phrase(change.from().label(), cell));
                table.addCell(new Phrase(change.to().label(), cell));
                table.addCell(new Phrase(change.reason(), cell));
                table.addCell(new Phrase(IndonesianFormat.date(change.decidedAt().atZone(IndonesianFormat.WIB).toLocalDate()), cell));
            }
            document.add(table);
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF perubahan setelah keberatan tidak dapat dibuat", e);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF perubahan setelah keberatan tidak dapat dikirim", e);
        }
        return changes.size();
    }
}
