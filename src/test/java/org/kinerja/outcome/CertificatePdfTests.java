package org.kinerja.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kinerja.scoring.Predikat;

/** The certificate of appreciation: content, Indonesian date, one landscape page. */
class CertificatePdfTests {

    static Certificate certificate() {
        return new Certificate("800/PK/2026/017", "Dewi Lestari, S.Sos.", "198703152010012003",
                "Analis Kebijakan Ahli Muda", "Bidang Pelayanan Pendaftaran Penduduk",
                "Dinas Kependudukan dan Pencatatan Sipil", 2026, Predikat.SANGAT_BAIK, LocalDate.of(2026, 11, 23),
                "Drs. Ahmad Fauzi, M.Si.", "197001011995031001", "Kepala Dinas Kependudukan dan Pencatatan Sipil");
    }

    @Test
    void shouldPrintTheCertificateOnOneLandscapePage() throws IOException {
        byte[] pdf = CertificatePdf.render(certificate());

        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            Rectangle size = reader.getPageSizeWithRotation(1);
            assertThat(size.getWidth()).isEqualTo(842f);
            assertThat(size.getHeight()).isEqualTo(595f);

            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains("PIAGAM PENGHARGAAN")
                    .contains("Nomor: 800/PK/2026/017")
                    .contains("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
                    .contains("diberikan kepada")
                    .contains("Dewi Lestari, S.Sos.")
                    .contains("NIP 198703152010012003")
                    .contains("Analis Kebijakan Ahli Muda, Bidang Pelayanan Pendaftaran Penduduk")
                    .contains("Sangat Baik")
                    .contains("periode penilaian tahun 2026")
                    .contains("Ditetapkan pada tanggal 23 November 2026")
                    .contains("Kepala Dinas Kependudukan dan Pencatatan Sipil")
                    .contains("Drs. Ahmad Fauzi, M.Si.")
                    .contains("NIP 197001011995031001")
                    .doesNotContain("Sabang");
            assertThat(text.replaceAll("\\s+", " "))
                    .contains("atas capaian predikat kinerja Sangat Baik pada periode penilaian tahun 2026");
            assertThat(reader.getInfo().get("Author")).isEqualTo("Kinerja");
            assertThat(reader.getInfo().get("Title")).contains("Piagam Penghargaan").contains("Dewi Lestari");
        } finally {
            reader.close();
        }
    }

    @Test
    void shouldWriteTheIndonesianDateWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            Certificate c = certificate();
            byte[] pdf = CertificatePdf.render(new Certificate(c.number(), c.employeeName(), c.nip(), null, null,
                    c.organisationName(), 2025, Predikat.SANGAT_BAIK, LocalDate.of(2026, 2, 5), c.signerName(),
                    null, c.signerTitle()));

            PdfReader reader = new PdfReader(pdf);
            try {
                assertThat(reader.getNumberOfPages()).isEqualTo(1);
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                assertThat(text).contains("Ditetapkan pada tanggal 5 Februari 2026")
                        .contains("periode penilaian tahun 2025")
                        .doesNotContain("February");
            } finally {
                reader.close();
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldFitALongNameOnOnePage() throws IOException {
        Certificate c = certificate();
        byte[] pdf = CertificatePdf.render(new Certificate(c.number(),
                "Raden Roro Sekar Ayu Kusumawardhani Puspitaningrum Hadiningrat, S.E., M.Ak.", c.nip(),
                "Pengelola Layanan Operasional pada Subbagian Umum dan Kepegawaian",
                "Sekretariat Dinas Kependudukan dan Pencatatan Sipil", c.organisationName(), c.year(), c.predikat(),
                c.date(), c.signerName(), c.signerNip(), c.signerTitle()));

        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
        } finally {
            reader.close();
        }
    }
}
