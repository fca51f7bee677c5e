package org.kinerja.outcome;

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
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kinerja.shared.IndonesianFormat;

/**
 * An employee's own appraisal result (hasil penilaian kinerja pegawai): an A4 portrait PDF (OpenPDF) in Bahasa
 * Indonesia with the predikat, the work result per indicator, the behaviour per BerAKHLAK value, the peer and citizen
 * figures where they may be shown, the supervisor's comment and the outcome. Its tables repeat their header on every
 * page. Numbers use the Indonesian decimal comma and dates Indonesian month names, independent of the JVM's default
 * locale.
 */
final class ResultPdf {

    static final String TITLE = "HASIL PENILAIAN KINERJA PEGAWAI";
    static final String PEERS_HIDDEN = "tidak ditampilkan (kurang dari 3 rekan)";
    static final String CITIZENS_HIDDEN = "tidak ditampilkan (kurang dari 10 responden)";
    private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xE6, 0xE6);

    private ResultPdf() {
    }

    /** The result as PDF bytes. */
    public static byte[] render(ResultDocument r) {
        Objects.requireNonNull(r, "r");
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font subtitle = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font section = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font text = new Font(Font.HELVETICA, 10, Font.NORMAL);
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        Font cell = new Font(Font.HELVETICA, 9, Font.NORMAL);
        Font headerCell = new Font(Font.HELVETICA, 9, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8, Font.NORMAL);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Hasil Penilaian Kinerja Pegawai " + r.employeeName() + " Tahun " + r.year());
            document.addAuthor("Kinerja");
            document.addCreator("Kinerja");
            document.addSubject("Hasil penilaian kinerja pegawai " + r.employeeName() + " (NIP " + r.nip() + ")");
            HeaderFooter footer = new HeaderFooter(new Phrase("Halaman ", small), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();

            document.add(centered(TITLE, title, 0));
            document.add(centered(r.organisationName(), subtitle, 4));
            document.add(centered("Periode penilaian tahun " + r.year(), text, 2));

            PdfPTable identity = labels();
            identity.setSpacingBefore(16);
            labelled(identity, "Nama", r.employeeName(), text, bold);
            labelled(identity, "NIP", r.nip(), text, text);
            labelled(identity, "Jabatan", orDash(r.position()), text, text);
            labelled(identity, "Unit kerja", orDash(r.unitName()), text, text);
            labelled(identity, "Pejabat penilai", orDash(r.supervisorName()), text, text);
            labelled(identity, "Predikat kinerja", r.predikat().label(), text, bold);
            if (r.predikatNote() != null && !r.predikatNote().isBlank()) {
                labelled(identity, "Keterangan predikat", r.predikatNote(), text, text);
            }
            document.add(identity);

            document.add(heading("A. Hasil kerja", section));
            PdfPTable indicators = new PdfPTable(new float[] {0.6f, 4.4f, 1.5f, 1.3f, 1.3f, 1.3f, 1.0f});
            indicators.setWidthPercentage(100);
            indicators.setSpacingBefore(2);
            indicators.setHeaderRows(1);
            for (String h : List.of("No", "Indikator kinerja individu", "Satuan", "Target", "Realisasi",
                    "Capaian (%)", "Bobot")) {
                indicators.addCell(header(h, headerCell));
            }
            int number = 1;
            for (ResultDocument.IndicatorLine line : r.indicators()) {
                indicators.addCell(body(Integer.toString(number++), cell, Element.ALIGN_RIGHT));
                indicators.addCell(body(line.name(), cell, Element.ALIGN_LEFT));
                indicators.addCell(body(orDash(line.unit()), cell, Element.ALIGN_LEFT));
                indicators.addCell(body(plain(line.target()), cell, Element.ALIGN_RIGHT));
                indicators.addCell(body(plain(line.realisation()), cell, Element.ALIGN_RIGHT));
                indicators.addCell(body(twoDecimals(line.achievementPercent()), cell, Element.ALIGN_RIGHT));
                indicators.addCell(body(plain(line.weight()), cell, Element.ALIGN_RIGHT));
            }
            if (r.indicators().isEmpty()) {
                PdfPCell none = body("Tidak ada indikator", cell, Element.ALIGN_CENTER);
                none.setColspan(7);
                indicators.addCell(none);
            }
            document.add(indicators);
            PdfPTable work = labels();
            work.setSpacingBefore(6);
            labelled(work, "Nilai hasil kerja", twoDecimals(r.workResultScore()), text, bold);
            labelled(work, "Rating hasil kerja", orDash(r.workRating()), text, bold);
            document.add(work);

            document.add(heading("B. Perilaku kerja (BerAKHLAK)", section));
            PdfPTable values = new PdfPTable(new float[] {0.6f, 6.4f, 2.0f});
            values.setWidthPercentage(100);
            values.setSpacingBefore(2);
            values.setHeaderRows(1);
            for (String h : List.of("No", "Nilai dasar", "Nilai akhir")) {
                values.addCell(header(h, headerCell));
            }
            number = 1;
            for (ResultDocument.ValueLine line : r.values()) {
                values.addCell(body(Integer.toString(number++), cell, Element.ALIGN_RIGHT));
                values.addCell(body(line.value(), cell, Element.ALIGN_LEFT));
                values.addCell(body(twoDecimals(line.finalScore()), cell, Element.ALIGN_RIGHT));
            }
            if (r.values().isEmpty()) {
                PdfPCell none = body("Tidak ada nilai", cell, Element.ALIGN_CENTER);
                none.setColspan(3);
                values.addCell(none);
            }
            document.add(values);
            PdfPTable behaviour = labels();
            behaviour.setSpacingBefore(6);
            labelled(behaviour, "Nilai perilaku kerja", twoDecimals(r.behaviourScore()), text, bold);
            labelled(behaviour, "Rating perilaku kerja", orDash(r.behaviourRating()), text, bold);
            labelled(behaviour, "Rata-rata penilaian rekan kerja",
                    r.peerAverage() == null ? PEERS_HIDDEN : IndonesianFormat.twoDecimals(r.peerAverage()), text, text);
            labelled(behaviour, "Indeks kepuasan masyarakat (IKM)", citizens(r), text, text);
            document.add(behaviour);

            // The comment and the outcome, each kept with its heading on one page.
            PdfPTable comment = labels();
            comment.setKeepTogether(true);
            comment.addCell(headingCell("C. Catatan pejabat penilai", section));
            PdfPCell commentText = new PdfPCell(new Phrase(orDash(r.supervisorComment()), text));
            commentText.setColspan(2);
            commentText.setBorder(Rectangle.NO_BORDER);
            commentText.setPaddingBottom(4);
            comment.addCell(commentText);
            document.add(comment);

            PdfPTable outcome = labels();
            outcome.setKeepTogether(true);
            outcome.addCell(headingCell("D. Tindak lanjut", section));
            labelled(outcome, "Konsekuensi", r.outcomeLabel(), text, bold);
            labelled(outcome, "Angka kredit", r.creditPercent() + "% dari koefisien tahunan (Peraturan BKN Nomor 3 "
                    + "Tahun 2023)", text, text);
            PdfPCell date = new PdfPCell(new Phrase("Dicetak dari aplikasi Kinerja pada tanggal "
                    + IndonesianFormat.date(r.date()), small));
            date.setColspan(2);
            date.setBorder(Rectangle.NO_BORDER);
            date.setPaddingTop(12);
            outcome.addCell(date);
            document.add(outcome);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF hasil penilaian kinerja tidak dapat dibuat", e);
        }
        return out.toByteArray();
    }

    private static String citizens(ResultDocument r) {
        if (r.citizenIkm() == null) {
            return CITIZENS_HIDDEN;
        }
        String ikm = IndonesianFormat.twoDecimals(r.citizenIkm());
        return r.citizenResponses() == null ? ikm : ikm + " (" + r.citizenResponses() + " responden)";
    }

    private static String plain(BigDecimal number) {
        return number == null ? "-" : IndonesianFormat.plain(number);
    }

    private static String twoDecimals(BigDecimal number) {
        return number == null ? "-" : IndonesianFormat.twoDecimals(number);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static Paragraph centered(String content, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(new Chunk(content, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static Paragraph heading(String content, Font font) {
        Paragraph p = new Paragraph(new Chunk(content, font));
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        return p;
    }

    private static PdfPCell headingCell(String content, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(content, font));
        c.setColspan(2);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(10);
        c.setPaddingBottom(6);
        return c;
    }

    private static PdfPTable labels() {
        PdfPTable table = new PdfPTable(new float[] {3.8f, 6.2f});
        table.setWidthPercentage(100);
        return table;
    }

    private static void labelled(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        for (PdfPCell c : new PdfPCell[] {new PdfPCell(new Phrase(label, labelFont)),
                new PdfPCell(new Phrase(value, valueFont))}) {
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingTop(1);
            c.setPaddingBottom(3);
            table.addCell(c);
        }
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
        c.setPadding(3);
        return c;
    }
}
