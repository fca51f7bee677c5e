package org.kinerja.calibration;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kinerja.shared.IndonesianFormat;

/**
 * The printed decision on the employees' predikat after calibration (penetapan predikat kinerja pegawai, PermenPANRB
 * 6/2022): an A4 portrait PDF (OpenPDF) in Bahasa Indonesia, whose employee table repeats its header on every page.
 * Dates use Indonesian month names with an explicit locale, independent of the JVM's default locale.
 *
 * <p>Streamed: the rows come one by one and the employee table is an OpenPDF large table ({@code setComplete(false)}),
 * added to the document every {@value #ROWS_PER_FLUSH} rows, so each finished page is written to the output stream and
 * dropped. Memory stays bounded whatever the number of employees (the standard Helvetica font is not embedded).
 */
final class DecisionDocumentPdf {

    static final String TITLE = "PENETAPAN PREDIKAT KINERJA PEGAWAI";
    /** The JDK's Indonesian month names (CLDR), with an explicit locale: the JVM's default locale does not matter. */
    private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xE6, 0xE6);
    /** Rows given to the document at a time: a little more than a page. */
    static final int ROWS_PER_FLUSH = 50;

    private DecisionDocumentPdf() {
    }

    /**
     * Writes the decision with its rows to {@code out} as they come. The stream is flushed, not closed.
     *
     * @return the number of employees written
     */
    static int write(DecisionDocument doc, DecisionDocument.Rows rows, OutputStream out) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(rows, "rows");
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font subtitle = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font text = new Font(Font.HELVETICA, 10, Font.NORMAL);
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        Font cell = new Font(Font.HELVETICA, 9, Font.NORMAL);
        Font headerCell = new Font(Font.HELVETICA, 9, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8, Font.NORMAL);

        Document document = new Document(PageSize.A4, 56, 56, 50, 50);
        int written;
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle("Penetapan Predikat Kinerja Pegawai " + doc.organisationName() + " Tahun " + doc.year());
            document.addAuthor("Kinerja");
            document.addCreator("Kinerja");
            document.addSubject("Penetapan predikat kinerja pegawai setelah kalibrasi oleh Tim Penilai Kinerja");
            HeaderFooter footer = new HeaderFooter(new Phrase("Halaman ", small), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();

            document.add(centered(TITLE, title, 0));
            document.add(centered(doc.organisationName(), subtitle, 4));
            document.add(centered("Periode penilaian tahun " + doc.year(), text, 2));

            PdfPTable organisation = new PdfPTable(new float[] {3.2f, 6.8f});
            organisation.setWidthPercentage(100);
            organisation.setSpacingBefore(16);
            labelled(organisation, "Predikat kinerja organisasi", doc.organisationRating().label(), text, bold);
            labelled(organisation, "Dasar penetapan", doc.ratingBasis().isBlank() ? "-" : doc.ratingBasis(), text, text);
            document.add(organisation);

            Paragraph intro = new Paragraph("Berdasarkan hasil kalibrasi oleh Tim Penilai Kinerja terhadap kurva "
                    + "distribusi predikat kinerja (Peraturan Menteri PANRB Nomor 6 Tahun 2022), predikat kinerja "
                    + "pegawai ditetapkan sebagai berikut:", text);
            intro.setSpacingBefore(10);
            intro.setSpacingAfter(8);
            document.add(intro);

            PdfPTable employees = new PdfPTable(new float[] {1.0f, 2.9f, 3.0f, 2.8f, 2.4f});
            employees.setWidthPercentage(100);
            employees.setHeaderRows(1); // "No" is wide enough for 5 digits: 10,000 employees on one line each
            employees.setComplete(false);
            for (String heading : List.of("No", "NIP", "Nama", "Jabatan", "Predikat")) {
                employees.addCell(header(heading, headerCell));
            }
            int[] count = {0};
            rows.forEach(row -> {
                employees.addCell(body(Integer.toString(++count[0]), cell, Element.ALIGN_RIGHT));
                employees.addCell(body(row.nip(), cell, Element.ALIGN_LEFT));
                employees.addCell(body(row.name(), cell, Element.ALIGN_LEFT));
                employees.addCell(body(row.position().isBlank() ? "-" : row.position(), cell, Element.ALIGN_LEFT));
                employees.addCell(body(row.predikat().label(), cell, Element.ALIGN_LEFT));
                if (count[0] % ROWS_PER_FLUSH == 0) {
                    document.add(employees); // lays out the rows so far and writes the finished pages
                }
            });
            written = count[0];
            if (written == 0) {
                PdfPCell none = body("Tidak ada pegawai", cell, Element.ALIGN_CENTER);
                none.setColspan(5);
                employees.addCell(none);
            }
            employees.setComplete(true);
            document.add(employees);

            // The date, then the committee who sign under it (as on a decree), kept together on one page.
            PdfPTable committee = new PdfPTable(new float[] {0.7f, 4.3f, 3.2f, 2.8f});
            committee.setWidthPercentage(100);
            committee.setSpacingBefore(16);
            committee.setKeepTogether(true);
            PdfPCell date = spanning("Ditetapkan pada tanggal " + indonesianDate(doc.date()), text, Element.ALIGN_RIGHT);
            date.setPaddingBottom(12);
            committee.addCell(date);
            PdfPCell committeeTitle = spanning("Tim Penilai Kinerja", bold, Element.ALIGN_LEFT);
            committeeTitle.setPaddingBottom(6);
            committee.addCell(committeeTitle);
            for (String heading : List.of("No", "Nama", "NIP", "Tanda Tangan")) {
                committee.addCell(header(heading, headerCell));
            }
            int number = 1;
            for (DecisionDocument.Member member : doc.committee()) {
                committee.addCell(body(Integer.toString(number++), cell, Element.ALIGN_RIGHT));
                committee.addCell(body(member.name(), cell, Element.ALIGN_LEFT));
                committee.addCell(body(member.nip(), cell, Element.ALIGN_LEFT));
                PdfPCell signature = body("", cell, Element.ALIGN_LEFT);
                signature.setMinimumHeight(28);
                committee.addCell(signature);
            }
            if (doc.committee().isEmpty()) {
                PdfPCell none = body("-", cell, Element.ALIGN_CENTER);
                none.setColspan(4);
                committee.addCell(none);
            }
            document.add(committee);
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF penetapan predikat tidak dapat dibuat", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("PDF penetapan predikat tidak dapat dikirim", e);
        }
        return written;
    }

    /** E.g. "23 November 2026", "1 Agustus 2026": day without leading zero, Indonesian month name. */
    static String indonesianDate(LocalDate date) {
        return IndonesianFormat.date(date);
    }

    private static Paragraph centered(String content, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(new Chunk(content, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static void labelled(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        for (PdfPCell c : new PdfPCell[] {new PdfPCell(new Phrase(label, labelFont)),
                new PdfPCell(new Phrase(value, valueFont))}) {
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingBottom(4);
            table.addCell(c);
        }
    }

    private static PdfPCell spanning(String content, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(content, font));
        c.setColspan(4);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(alignment);
        c.setPaddingLeft(0);
        c.setPaddingRight(0);
        return c;
    }

    private static PdfPCell header(String content, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(content, font));
        c.setBackgroundColor(HEADER_BACKGROUND);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(4);
        return c;
    }

    private static PdfPCell body(String content, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(content, font));
        c.setHorizontalAlignment(alignment);
        c.setPadding(4);
        return c;
    }
}
