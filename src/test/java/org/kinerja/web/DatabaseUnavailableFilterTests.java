package org.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableFilterTests {

    final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

    @Test
    void shouldAnswerAMachineWith503AndAProblemWhenTheDatabaseIsAway() throws Exception {
        MockHttpServletResponse response = run(request("/api/appraisals/1", "application/json"), (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new SQLTransientConnectionException("kinerja - Connection is not available", "08001"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("Basis data tidak dapat dihubungi");
    }

    @Test
    void shouldAnswerAPersonWithAPageInIndonesian() throws Exception {
        MockHttpServletResponse response = run(request("/beranda", "text/html,application/xhtml+xml"), (req, res) -> {
            throw new IllegalStateException("session", new ConnectException("Connection refused"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("<html lang=\"id\">").contains("Layanan sementara tidak tersedia");
    }

    @Test
    void shouldLeaveEveryOtherFailureAlone() {
        assertThatThrownBy(() -> run(request("/api/x", "application/json"), (req, res) -> {
            throw new IllegalStateException("a bug", new SQLException("duplicate key", "23505"));
        })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(DatabaseOutage.isCause(new SQLException("connection failure", "08006"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
    }

    private static MockHttpServletRequest request(String path, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", accept);
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
