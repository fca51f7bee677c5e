package org.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kill test's requests: one client per request held a selector thread and sockets each until garbage collection,
 * and the fifth 1,000-employee trial ran out of file descriptors (20,000 open, 9,865 clients alive), every request
 * failing until the phase timed out. {@link Http#withoutCookies} shares one client.
 */
class HttpTests {

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"cookie\":\"%s\"}".formatted(exchange.getRequestHeaders().getFirst("Cookie")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Set-Cookie", "SESSION=abc; Path=/");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldSendManyRequestsThroughOneClientWithoutHoldingAThreadEach() {
        int port = server.getAddress().getPort();
        Http.withoutCookies(port).get("/warm-up", "admin", "rahasia"); // the shared client exists from here on
        long before = selectorThreads();

        for (int i = 0; i < 50; i++) {
            assertThat(Http.withoutCookies(port).get("/engine-rest/task/" + i, "admin", "rahasia").statusCode()).isEqualTo(200);
        }

        assertThat(selectorThreads()).as("HttpClient selector threads after 50 requests").isEqualTo(before);
    }

    @Test
    void shouldKeepNoCookiesBetweenRequestsOfDifferentPeople() {
        int port = server.getAddress().getPort();
        Http.withoutCookies(port).get("/masuk", "pegawai-a", "rahasia"); // the server sets a session cookie

        String second = Http.withoutCookies(port).get("/beranda", "pegawai-b", "rahasia").body();

        assertThat(second).as("the next person's request carries no one's session").isEqualTo("{\"cookie\":\"null\"}");
        assertThat(Http.withoutCookies(port).cookie("SESSION")).isNull();
    }

    @Test
    void shouldStillKeepTheSessionOfABrowser() {
        int port = server.getAddress().getPort();
        Http browser = new Http(port);
        browser.get("/masuk", "pegawai-a", "rahasia");

        assertThat(browser.cookie("SESSION")).isEqualTo("abc");
        assertThat(browser.get("/beranda", null, null).body()).isEqualTo("{\"cookie\":\"SESSION=abc\"}");
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("HttpClient-"))
                .filter(t -> t.getName().endsWith("-SelectorManager")).count();
    }
}
