package org.kinerja.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.IndonesianFormat;

/** The employee's own result: content, Indonesian numbers and dates, hidden peer and citizen figures, many pages. */
class ResultPdfTests {

    static ResultDocument document(List<ResultDocument.IndicatorLine> indicators, BigDecimal peerAverage,
            BigDecimal citizenIkm, Integer citizenResponses) {
        List<ResultDocument.ValueLine> values = new ArrayList<>();
        for (BerakhlakValue value : BerakhlakValue.values()) {
            values.add(new ResultDocument.ValueLine(value.label(), new BigDecimal("3.857")));
        }
        return new ResultDocument("Dinas Kependudukan dan Pencatatan Sipil", 2026, "Dewi Lestari, S.Sos.",
                "198703152010012003", "Analis Kebijakan Ahli Muda", "Bidang Pelayanan Pendaftaran Penduduk",
                "Drs. Ahmad Fauzi, M.Si.", Predikat.BUTUH_PERBAIKAN,
                "Diubah oleh Tim Penilai Kinerja dari Baik: kuota predikat Baik terlampaui.", new BigDecimal("87.50"),
                "Di Bawah Ekspektasi", indicators, new BigDecimal("3.86"), "Sesuai Ekspektasi", values,
                "Perlu meningkatkan ketepatan waktu penyelesaian dokumen.", peerAverage, citizenIkm, citizenResponses,
                "Pembinaan", 75, LocalDate.of(2026, 12, 1));
    }

    static List<ResultDocument.IndicatorLine> indicators() {
        return List.of(
                new ResultDocument.IndicatorLine("Persentase dokumen kependudukan terbit tepat waktu", "persen",
                        new BigDecimal("95"), new BigDecimal("90.5"), new BigDecimal("95.263"), new BigDecimal("60")),
                new ResultDocument.IndicatorLine("Jumlah KTP-el yang diterbitkan", "dokumen",
                        new BigDecimal("1500"), new BigDecimal("1320"), new BigDecimal("88.00"), new BigDecimal("40")));
    }

    @Test
    void shouldPrintTheResultWithIndonesianNumbers() throws IOException {
        String text = text(ResultPdf.render(document(indicators(), new BigDecimal("4.1"), new BigDecimal("82.456"),
                27)));

        assertThat(text)
                .contains("HASIL PENILAIAN KINERJA PEGAWAI")
                .contains("Dinas Kependudukan dan Pencatatan Sipil")
                .contains("Periode penilaian tahun 2026")
                .contains("Dewi Lestari, S.Sos.")
                .contains("198703152010012003")
                .contains("Analis Kebijakan Ahli Muda")
                .contains("Drs. Ahmad Fauzi, M.Si.")
                .contains("Butuh Perbaikan")
                .contains("kuota predikat Baik terlampaui")
                .contains("Persentase dokumen kependudukan terbit tepat waktu")
                .contains("1.500").contains("1.320").contains("90,5").contains("95,26").contains("88,00")
                .contains("87,50")
                .contains("Di Bawah Ekspektasi")
                .contains("Berorientasi Pelayanan").contains("Kolaboratif").contains("3,86")
                .contains("Sesuai Ekspektasi")
                .contains("Perlu meningkatkan ketepatan waktu")
                .contains("4,10")
                .contains("82,46 (27 responden)")
                .contains("Pembinaan")
                .contains("75%")
                .contains("1 Desember 2026")
                .doesNotContain("87.50")
                .doesNotContain("tidak ditampilkan");
    }

    @Test
    void shouldHidePeerAndCitizenFiguresBelowTheirMinimum() throws IOException {
        String text = text(ResultPdf.render(document(indicators(), null, null, null)));

        assertThat(text)
                .contains("Rata-rata penilaian rekan kerja")
                .contains("tidak ditampilkan (kurang dari 3 rekan)")
                .contains("Indeks kepuasan masyarakat (IKM)")
                .contains("tidak ditampilkan (kurang dari 10 responden)");
    }

    @Test
    void shouldRepeatTheIndicatorHeaderOnEveryPage() throws IOException {
        List<ResultDocument.IndicatorLine> many = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new ResultDocument.IndicatorLine("Indikator nomor " + i, "dokumen",
                        new BigDecimal("10"), new BigDecimal("9"), new BigDecimal("90"), BigDecimal.ONE))
                .toList();
        PdfReader reader = new PdfReader(ResultPdf.render(document(many, null, null, null)));
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String second = extractor.getTextFromPage(2);
            assertThat(second).contains("Indikator kinerja individu").contains("Realisasi").contains("Halaman 2");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(all).contains("Indikator nomor 60").contains("90,00");
            assertThat(reader.getInfo().get("Author")).isEqualTo("Kinerja");
            assertThat(reader.getInfo().get("Title")).contains("Hasil Penilaian Kinerja Pegawai")
                    .contains("Dewi Lestari");
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        } finally {
            reader.close();
        }
    }

    @Test
    void shouldPrintEmptyTablesAndMissingTexts() throws IOException {
        ResultDocument full = document(List.of(), null, new BigDecimal("80"), null);
        ResultDocument sparse = new ResultDocument(full.organisationName(), full.year(), full.employeeName(),
                full.nip(), null, null, null, Predikat.BAIK, null, null, null, null, full.behaviourScore(), null,
                List.of(new ResultDocument.ValueLine("Akuntabel", null)), null, null, full.citizenIkm(), null,
                "Pengakuan", 100, full.date());

        String text = text(ResultPdf.render(sparse));

        assertThat(text).contains("Tidak ada indikator").contains("Akuntabel -").contains("Baik")
                .contains("Nilai hasil kerja-").contains("Rating hasil kerja-").contains("Rating perilaku kerja-")
                .contains("Pengakuan").contains("100%").contains("80,00").doesNotContain("responden)")
                .doesNotContain("Keterangan predikat");
    }

    @Test
    void shouldFormatNumbersAndDatesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(IndonesianFormat.twoDecimals(new BigDecimal("87.5"))).isEqualTo("87,50");
            assertThat(IndonesianFormat.twoDecimals(new BigDecimal("3.855"))).isEqualTo("3,86");
            assertThat(IndonesianFormat.twoDecimals(new BigDecimal("1250"))).isEqualTo("1.250,00");
            assertThat(IndonesianFormat.plain(new BigDecimal("12.500"))).isEqualTo("12,5");
            assertThat(IndonesianFormat.plain(new BigDecimal("1500"))).isEqualTo("1.500");
            assertThat(IndonesianFormat.plain(new BigDecimal("1E+3"))).isEqualTo("1.000");
            assertThat(IndonesianFormat.date(LocalDate.of(2026, 8, 1))).isEqualTo("1 Agustus 2026");
            assertThat(IndonesianFormat.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** All pages' text, whitespace (including line breaks in wrapped cells) collapsed to single spaces. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
