package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The QR code and the printable slip of a service ticket: content, the unknown ticket, who may fetch them. */
@KinerjaTest
class ServiceTicketSlipTests {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String SERVICE = "Penerbitan KTP-el";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;

    @BeforeEach
    void organisation() throws Exception {
        new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldEncodeTheSurveyUrlInTheQrCode() throws Exception {
        String number = register("QR/" + System.nanoTime() + "/A.1");
        byte[] png = mvc.perform(get("/api/service-tickets/qr.png").param("nomor", number)
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        String decoded = decodeQr(image);
        assertThat(decoded).isEqualTo("http://localhost:8080/survei?tiket=" + number);
    }

    @Test
    void shouldAcceptANumberWithoutSlashInThePath() throws Exception {
        String number = register("QR-" + System.nanoTime() + ".2");
        byte[] png = mvc.perform(get("/api/service-tickets/{number}/qr.png", number.toLowerCase())
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = decodeQr(image);
        assertThat(decoded).isEqualTo("http://localhost:8080/survei?tiket=" + number);

        mvc.perform(get("/api/service-tickets/{number}/slip.pdf", number).with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void shouldPrintTheTicketOnAPdfSlip() throws Exception {
        String number = register("SLIP/" + System.nanoTime());
        byte[] pdf = mvc.perform(get("/api/service-tickets/slip.pdf").param("nomor", number)
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"tiket-" + number.replace('/', '-') + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(number, "Pegawai Satu", SERVICE, "Seksi A1", "Dinas Uji",
                    "Survei Kepuasan Masyarakat", "Pindai kode QR", "http://localhost:8080/survei?tiket=");
        } finally {
            reader.close();
        }
    }

    @Test
    void shouldAnswerAnUnknownTicketWith404() throws Exception {
        mvc.perform(get("/api/service-tickets/qr.png").param("nomor", "TIDAK/ADA/" + System.nanoTime())
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Tiket layanan tidak ditemukan. Periksa kembali nomor tiket."));
        mvc.perform(get("/api/service-tickets/{number}/slip.pdf", "TIDAK-ADA-" + System.nanoTime())
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"))
                .andExpect(jsonPath("$.detail").value("Tiket layanan tidak ditemukan. Periksa kembali nomor tiket."));
    }

    @Test
    void shouldLetOnlyHrOrTheCounterSystemFetchSlips() throws Exception {
        String number = register("AUTH/" + System.nanoTime());
        mvc.perform(get("/api/service-tickets/slip.pdf").param("nomor", number))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/service-tickets/qr.png").param("nomor", number))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/service-tickets/slip.pdf").param("nomor", number)
                        .with(httpBasic(ProcessTestSupport.STAFF_ONE, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/service-tickets/qr.png").param("nomor", number)
                        .with(httpBasic(ProcessTestSupport.STAFF_ONE, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private String register(String number) throws Exception {
        String body = """
                {"ticketNumber":"%s","serviceType":"%s","employeeNip":"%s","servedAt":"%s"}"""
                .formatted(number, SERVICE, ProcessTestSupport.STAFF_ONE, Instant.now().minusSeconds(60));
        mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isCreated());
        return number.toUpperCase();
    }

    /**
     * Reads the QR code of a generated image. The hints say it is a clean, generated code: without them ZXing's
     * detector misses some codes (the numbers are new each run, so the test failed now and then).
     */
    private static String decodeQr(BufferedImage image) throws com.google.zxing.NotFoundException {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE, com.google.zxing.DecodeHintType.TRY_HARDER,
                        Boolean.TRUE)).getText();
    }
}
