package org.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kinerja.scoring.Predikat;

/** The printed decision on the predikat: content, Indonesian dates, many pages. */
class DecisionDocumentPdfTests {

    @Test
    void shouldPrintTheDecisionOnSeveralPages() throws IOException {
        List<DecisionDocument.Row> rows = IntStream.rangeClosed(1, 60).mapToObj(i -> new DecisionDocument.Row(
                "19850101201001%04d".formatted(i), "Pegawai Nomor " + i, "Analis Kebijakan Ahli Muda",
                Predikat.values()[i % Predikat.values().length])).toList();
        DecisionDocument doc = new DecisionDocument("Dinas Kependudukan dan Pencatatan Sipil", 2026,
                OrganisationRating.BAIK, "Keputusan Bupati Nomor 800/123/2026",
                List.of(new DecisionDocument.Member("197001011995031001", "Siti Rahmawati"),
                        new DecisionDocument.Member("197502022000031002", "Bambang Sutrisno")),
                LocalDate.of(2026, 11, 23));

        byte[] pdf = render(doc, rows);

        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                texts.add(extractor.getTextFromPage(page));
            }
            String all = String.join("\n", texts);
            assertThat(texts.get(0))
                    .contains("PENETAPAN PREDIKAT KINERJA PEGAWAI")
                    .contains("Dinas Kependudukan dan Pencatatan Sipil")
                    .contains("Periode penilaian tahun 2026")
                    .contains("Predikat kinerja organisasi")
                    .contains("Keputusan Bupati Nomor 800/123/2026")
                    .contains("Halaman 1");
            assertThat(all)
                    .contains("198501012010010001")
                    .contains("Pegawai Nomor 60")
                    .contains("Sangat Baik")
                    .contains("Butuh Perbaikan")
                    .contains("Tim Penilai Kinerja")
                    .contains("Siti Rahmawati")
                    .contains("197502022000031002")
                    .contains("Ditetapkan pada tanggal 23 November 2026");
            // the date and the committee signing under it stay on one page
            assertThat(texts).filteredOn(text -> text.contains("23 November 2026")).singleElement().asString()
                    .contains("Tim Penilai Kinerja").contains("Siti Rahmawati").contains("Bambang Sutrisno");
            // the table header repeats on the next page
            assertThat(texts.get(1)).contains("NIP").contains("Nama").contains("Jabatan").contains("Predikat");
            assertThat(reader.getInfo().get("Author")).isEqualTo("Kinerja");
            assertThat(reader.getInfo().get("Title")).contains("Penetapan Predikat Kinerja Pegawai")
                    .contains("Dinas Kependudukan dan Pencatatan Sipil");
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
        } finally {
            reader.close();
        }
    }

    @Test
    void shouldWriteIndonesianDatesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            List<String> months = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                    "September", "Oktober", "November", "Desember");
            for (Month month : Month.values()) {
                assertThat(DecisionDocumentPdf.indonesianDate(LocalDate.of(2026, month, 5)))
                        .isEqualTo("5 " + months.get(month.ordinal()) + " 2026");
            }
            assertThat(DecisionDocumentPdf.indonesianDate(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldPrintAnEmptyGroup() throws IOException {
        byte[] pdf = render(new DecisionDocument("Badan Kepegawaian", 2026,
                OrganisationRating.SANGAT_KURANG, null, List.of(), LocalDate.of(2026, 8, 1)), List.of());

        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Sangat Kurang").contains("Tidak ada pegawai")
                    .contains("Ditetapkan pada tanggal 1 Agustus 2026");
        } finally {
            reader.close();
        }
    }

    @Test
    void shouldStreamManyRowsToTheOutputAsThePagesAreFinished() throws IOException {
        int n = 2_000;
        DecisionDocument doc = new DecisionDocument("Badan Uji", 2026, OrganisationRating.BAIK, "Dasar", List.of(),
                LocalDate.of(2026, 11, 23));
        CountingOutputStream out = new CountingOutputStream();
        long[] writtenWhenHalfWasGiven = {-1};
        int[] given = {0};
        int written = DecisionDocumentPdf.write(doc, each -> {
            for (int i = 1; i <= n; i++) {
                each.accept(new DecisionDocument.Row("19850101201001%04d".formatted(i), "Pegawai Nomor " + i, "",
                        Predikat.values()[i % Predikat.values().length]));
                if (++given[0] == n / 2) {
                    writtenWhenHalfWasGiven[0] = out.count;
                }
            }
        }, out);

        assertThat(written).isEqualTo(n);
        assertThat(out.closed).as("the caller's stream is left open").isFalse();
        // streamed: by the time half the rows were handed over, a good part of the document had gone out already
        assertThat(writtenWhenHalfWasGiven[0]).isGreaterThan(out.count / 4);
        PdfReader reader = new PdfReader(out.bytes.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(n / 60);
            String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
            assertThat(last).contains("Pegawai Nomor " + n).contains("Ditetapkan pada tanggal 23 November 2026");
        } finally {
            reader.close();
        }
    }

    static byte[] render(DecisionDocument doc, List<DecisionDocument.Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DecisionDocumentPdf.write(doc, DecisionDocument.Rows.of(rows), out);
        return out.toByteArray();
    }

    /** Keeps the bytes and counts them as they arrive; remembers a close. */
    static final class CountingOutputStream extends OutputStream {

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long count;
        boolean closed;

        @Override
        public void write(int b) {
            bytes.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
