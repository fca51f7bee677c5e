package org.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kinerja.shared.Rejection;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Every refusal and failure of a controller is answered in Bahasa Indonesia: problem JSON for the API, the error page elsewhere. */
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionHandlerTests {

    enum Colour { MERAH, PUTIH }

    record Body(String name, Colour colour, BigDecimal amount, Instant at, List<String> tags) {
    }

    @RestController
    static class Api {

        @GetMapping("/api/uji/gagal")
        String fail() {
            throw new IllegalStateException("database tidak terjangkau");
        }

        @GetMapping("/api/uji/tolak")
        String reject() {
            throw new Rejection(Rejection.Kind.INVALID, "Data ditolak.", IntStream.rangeClosed(1, 150).mapToObj(i -> "Masalah " + i).toList());
        }

        @GetMapping("/api/uji/bentrok")
        String conflict() {
            throw new IllegalStateException("dibungkus", Rejection.conflict("Sudah dijawab."));
        }

        @PostMapping("/api/uji/isi")
        String body(@RequestBody Body body) {
            return "ok";
        }
    }

    @Controller
    static class Page {

        @GetMapping("/halaman-uji")
        String fail() {
            throw new IllegalStateException("templat rusak");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page()).setControllerAdvice(new ApiExceptionHandler()).build();

    @Test
    void shouldAnswerAFailureWithAGenericIndonesianMessageAndLogItOnce(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/uji/gagal"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Terjadi kesalahan"))
                .andExpect(jsonPath("$.detail").value("Terjadi kesalahan pada server. Kejadian ini sudah dicatat; silakan coba lagi nanti."));
        assertThat(output.getOut().split("Kesalahan tak terduga pada GET /api/uji/gagal", -1)).hasSize(2);
        assertThat(output.getOut()).contains("java.lang.IllegalStateException: database tidak terjangkau");
    }

    @Test
    void shouldAnswerARejectionWithItsStatusAndAtMostAHundredProblems() throws Exception {
        mvc.perform(get("/api/uji/tolak"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Data ditolak."))
                .andExpect(jsonPath("$.errors.length()").value(100))
                .andExpect(jsonPath("$.errors[99]").value("Masalah 100"))
                .andExpect(jsonPath("$.errorCount").value(150));
        mvc.perform(get("/api/uji/bentrok"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Bentrok dengan keadaan data"))
                .andExpect(jsonPath("$.detail").value("Sudah dijawab."))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void shouldNameTheFieldOfABodyThatCannotBeRead() throws Exception {
        send("{\"name\":").andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Isi permintaan bukan JSON yang sah (baris 1")));
        send("").andExpect(jsonPath("$.detail").value("Isi permintaan wajib berupa JSON yang sah dan tidak boleh kosong."));
        send("{\"colour\":\"HIJAU\"}").andExpect(jsonPath("$.detail").value("Nilai 'HIJAU' tidak dikenal untuk 'colour'. Pilihan: MERAH, PUTIH."));
        send("{\"amount\":\"banyak\"}").andExpect(jsonPath("$.detail").value(
                "Nilai 'banyak' tidak sah untuk 'amount': harus angka, misalnya 12.5."));
        send("{\"at\":\"kemarin\"}").andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                "Nilai 'kemarin' tidak sah untuk 'at': harus waktu ISO-8601")));
        send("{\"tags\":{\"a\":1}}").andExpect(jsonPath("$.detail").value("'tags' harus berupa daftar (array JSON)."));
        send("{\"name\":{}}").andExpect(jsonPath("$.detail").value("'name' harus berupa teks."));
        send("[1]").andExpect(jsonPath("$.detail").value("Isi permintaan harus berupa objek JSON."));
        send("{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}").andExpect(jsonPath("$.detail").value(
                org.hamcrest.Matchers.startsWith("Isi permintaan melampaui batas")));
    }

    @Test
    void shouldAnswerAPageWithTheErrorPage() throws Exception {
        mvc.perform(get("/halaman-uji").accept(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError())
                .andExpect(view().name("galat"))
                .andExpect(model().attribute("title", "Terjadi kesalahan"))
                .andExpect(model().attribute("status", 500));
    }

    private org.springframework.test.web.servlet.ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/uji/isi").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Isi permintaan tidak sah"));
    }
}
