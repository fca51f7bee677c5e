package org.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/**
 * {@code kinerja.mail.*} as Spring Boot binds it from configuration, and the digest's template on its own: the
 * defaults, the values an operator writes, and what the application refuses.
 */
class MailSettingsTests {

    @Test
    void shouldDefaultToADailyDigestAt0600InJakartaAndBatchesOf50() {
        MailSettings settings = bind(Map.of());
        assertThat(settings.getTaskAssignment()).isEqualTo(MailSettings.TaskAssignmentMail.DIGEST);
        assertThat(settings.getDigestTime()).isEqualTo(LocalTime.of(6, 0));
        assertThat(settings.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(settings.getBatchSize()).isEqualTo(50);
        assertThat(settings.getDispatchInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.attemptsPerBatch()).as("R5/PT5M").isEqualTo(5);
    }

    @Test
    void shouldBindTheValuesAnOperatorWrites() {
        MailSettings settings = bind(Map.of("kinerja.mail.task-assignment", "per-task", "kinerja.mail.digest-time", "07:30",
                "kinerja.mail.zone", "Asia/Makassar", "kinerja.mail.batch-size", "200", "kinerja.mail.dispatch-interval", "1m",
                "kinerja.mail.retry-cycle", "PT1M,PT5M,PT30M"));
        assertThat(settings.getTaskAssignment()).isEqualTo(MailSettings.TaskAssignmentMail.PER_TASK);
        assertThat(settings.getDigestTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(settings.getZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(settings.getBatchSize()).isEqualTo(200);
        assertThat(settings.getDispatchInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.attemptsPerBatch()).as("three intervals: four attempts, as Camunda counts them").isEqualTo(4);
    }

    @Test
    void shouldRefuseABatchSizeOutsideOneTo500AndAnUnknownMode() {
        for (String size : List.of("0", "501", "-3")) {
            assertThatThrownBy(() -> bind(Map.of("kinerja.mail.batch-size", size))).isInstanceOf(BindException.class)
                    .hasStackTraceContaining("kinerja.mail.batch-size harus 1 sampai 500");
        }
        assertThatThrownBy(() -> bind(Map.of("kinerja.mail.task-assignment", "WEEKLY"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("kinerja.mail.dispatch-interval", "0s"))).isInstanceOf(BindException.class)
                .hasStackTraceContaining("kinerja.mail.dispatch-interval harus positif");
    }

    @Test
    void shouldRenderTheDigestWithItsTasksEscapedAndTheOnesLeftOutCounted() {
        MailTemplates templates = new MailTemplates();
        MailTemplates.Rendered rendered = templates.renderDigest("Pegawai <Satu>", "Anda punya 53 tugas baru di Kinerja",
                List.of(new MailTemplates.DigestTask("Nilai <rekan> & atasan", "Penilaian kinerja 2026", "13 Desember 2026",
                        "https://kinerja.example/t?task=1&x=2"), new MailTemplates.DigestTask("Isi SKP", null, null, "https://kinerja.example/2")),
                51, "https://kinerja.example/tasklist/");
        assertThat(rendered.text().replace("\r\n", "\n"))
                .contains("Yth. Pegawai <Satu>,")
                .contains("1. Nilai <rekan> & atasan (Penilaian kinerja 2026)\n   Batas waktu: 13 Desember 2026\n   https://kinerja.example/t?task=1&x=2")
                .contains("2. Isi SKP\n   Tanpa batas waktu\n   https://kinerja.example/2")
                .contains("Dan 51 tugas lain: lihat semuanya di Tasklist.").contains("Buka Tasklist: https://kinerja.example/tasklist/");
        assertThat(rendered.html()).contains("Yth. <span>Pegawai &lt;Satu&gt;</span>").contains(">Nilai &lt;rekan&gt; &amp; atasan</a>")
                .contains("href=\"https://kinerja.example/t?task=1&amp;x=2\"").contains("Batas waktu: 13 Desember 2026")
                .contains("Tanpa batas waktu").contains("Dan 51 tugas lain").doesNotContain("<rekan>");
    }

    private static MailSettings bind(Map<String, String> properties) {
        Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
                ApplicationConversionService.getSharedInstance());
        return binder.bindOrCreate("kinerja.mail", Bindable.of(MailSettings.class));
    }
}
