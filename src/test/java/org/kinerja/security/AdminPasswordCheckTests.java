package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordCheckTests {

    private final AdminPasswordCheck check = new AdminPasswordCheck();

    @Test
    void shouldRefuseToStartOutsideTheDemoWithoutAPassword() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(AdminPasswordException.class)
                .hasMessageContaining("KINERJA_ADMIN_PASSWORD belum diisi");
    }

    @Test
    void shouldRefuseAWeakPassword() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "admin");
        environment.setActiveProfiles("postgres");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("terlalu lemah")
                .hasMessageContaining("minimal 10 karakter")
                .hasMessageContaining("huruf besar");
    }

    @Test
    void shouldRefuseAPasswordThatContainsTheAdminName() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "Admin-Sabang-2026!");
        environment.setActiveProfiles("postgres");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("tidak memuat nama pengguna");
    }

    @Test
    void shouldAcceptAStrongPassword() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "Sabang-Kinerja-2026!");
        environment.setActiveProfiles("postgres");
        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void shouldNotRequireAPasswordInTheDemo() {
        MockEnvironment explicit = new MockEnvironment();
        explicit.setActiveProfiles("demo");
        assertThatCode(() -> check.postProcessEnvironment(explicit, new SpringApplication())).doesNotThrowAnyException();
        MockEnvironment byDefault = new MockEnvironment();
        byDefault.setDefaultProfiles("demo");
        assertThatCode(() -> check.postProcessEnvironment(byDefault, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void shouldExplainTheFixWhenTheStartIsRefused() {
        AdminPasswordException failure = new AdminPasswordException("KINERJA_ADMIN_PASSWORD belum diisi.");
        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(new IllegalStateException(failure));
        assertThat(analysis.getDescription()).contains("KINERJA_ADMIN_PASSWORD");
        assertThat(analysis.getAction()).contains("export KINERJA_ADMIN_PASSWORD");
    }

    @Test
    void shouldStopARealStartBeforeTouchingTheDatabase() {
        SpringApplication application = new SpringApplication(org.kinerja.KinerjaApplication.class);
        assertThatThrownBy(() -> application.run("--spring.profiles.active=postgres", "--KINERJA_ADMIN_PASSWORD=",
                "--KINERJA_DB_URL=jdbc:postgresql://127.0.0.1:1/none", "--spring.main.banner-mode=off"))
                .isInstanceOf(AdminPasswordException.class);
    }
}
