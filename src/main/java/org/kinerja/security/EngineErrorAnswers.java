package org.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kinerja.shared.Rejection;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answer of the Camunda REST API ({@code /engine-rest}) and of the webapps' API ({@code /camunda/api}, which
 * Tasklist uses) when Kinerja or the engine refused a request: the status of the {@link Rejection} (400, 403, 404, 409,
 * …) and its Indonesian message alone, in Camunda's error shape ({@code type}, {@code message}) plus {@code status},
 * {@code errors} and {@code errorCount}. Without this, the REST API answers most refusals of a task submission with 500
 * and an English prefix ("Cannot submit task form &lt;id&gt;: …").
 *
 * <p>Other error answers of these APIs (malformed JSON, a missing permission, something not found) keep their status
 * and get an Indonesian {@code message}; the engine's own text stays in {@code engineMessage} for operators.
 */
final class EngineErrorAnswers extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<State> STATE = new ThreadLocal<>();

    /** Per request: how deep in nested engine commands we are, and the rejection of the outermost failed command. */
    private static final class State {
        int depth;
        Rejection rejection;
    }

    static void enterCommand() {
        State state = STATE.get();
        if (state != null) {
            state.depth++;
        }
    }

    /** True when the command now failing is the outermost one of the request. */
    static boolean leavingOutermostCommand() {
        State state = STATE.get();
        return state != null && state.depth == 1;
    }

    static void leaveCommand() {
        State state = STATE.get();
        if (state != null) {
            state.depth--;
        }
    }

    /** Whether the current request's command was refused (its answer is then a rejection, not an error). */
    static boolean rejectionRecorded() {
        State state = STATE.get();
        return state != null && state.rejection != null;
    }

    static void record(Rejection rejection) {
        State state = STATE.get();
        if (state != null) {
            state.rejection = rejection;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        State state = new State();
        STATE.set(state);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            STATE.remove();
        }
        if (wrapper.getStatus() >= 400 && !response.isCommitted()) {
            byte[] answer = state.rejection != null ? rejectionAnswer(state.rejection) : translated(wrapper);
            if (answer != null) {
                wrapper.resetBuffer();
                response.resetBuffer();
                response.setStatus(state.rejection != null ? state.rejection.kind().status() : wrapper.getStatus());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentLength(answer.length);
                response.getOutputStream().write(answer);
                response.flushBuffer();
                return;
            }
        }
        wrapper.copyBodyToResponse();
    }

    static byte[] rejectionAnswer(Rejection rejection) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "Rejection");
        body.put("status", rejection.kind().status());
        body.put("message", rejection.getMessage());
        body.putNull("code");
        if (rejection.problemCount() > 0) {
            rejection.problems().forEach(body.putArray("errors")::add);
            body.put("errorCount", rejection.problemCount());
        }
        return JSON.writeValueAsBytes(body);
    }

    /** Camunda's own error answer with an Indonesian message; null to leave it as it is. */
    private static byte[] translated(ContentCachingResponseWrapper wrapper) throws IOException {
        byte[] content = wrapper.getContentAsByteArray();
        String contentType = wrapper.getContentType();
        if (content.length == 0 && wrapper.getStatus() == 401) {
            ObjectNode body = JSON.createObjectNode();
            body.put("type", "AuthenticationException");
            body.put("status", 401);
            body.put("message", "Silakan masuk: kirim NIP (atau nama pengguna) dan kata sandi dengan HTTP Basic.");
            return JSON.writeValueAsBytes(body);
        }
        if (content.length > 100_000) {
            return null;
        }
        if (content.length == 0 || contentType == null || !contentType.contains("json")) {
            // Jersey's own answers (an unreadable body, an unknown path) come as plain text or nothing: give them Camunda's
            // error shape with an Indonesian message, and keep the original text for operators.
            String original = new String(content, java.nio.charset.StandardCharsets.UTF_8);
            ObjectNode body = JSON.createObjectNode();
            body.put("type", "InvalidRequestException");
            body.put("message", original.length() > 2000 ? original.substring(0, 2000) : original);
            return translated(body, wrapper.getStatus());
        }
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (IOException e) {
            return null;
        }
        if (!(node instanceof ObjectNode body) || !body.has("message")) {
            return null;
        }
        return translated(body, wrapper.getStatus());
    }

    private static byte[] translated(ObjectNode body, int status) throws IOException {
        String type = body.path("type").asText("");
        String message = switch (type) {
            case "JsonParseException" -> "Isi permintaan bukan JSON yang sah.";
            case "JsonMappingException", "MismatchedInputException", "InvalidFormatException", "InvalidTypeIdException",
                    "UnrecognizedPropertyException" -> "Isi permintaan tidak sesuai bentuk yang diharapkan.";
            case "AuthorizationException" -> "Anda tidak berwenang untuk tindakan ini.";
            default -> switch (status) {
                // A body that cannot be read (malformed JSON, an array for an object) comes with no message, or with
                // Jackson's own text.
                case 400 -> body.path("message").asText("").isBlank() || body.path("message").asText("").contains("Source: ")
                        ? "Isi permintaan tidak dapat dibaca: kirim JSON yang sah dalam bentuk yang diharapkan."
                        : "Permintaan tidak sah.";
                case 401 -> "Silakan masuk terlebih dahulu.";
                case 403 -> "Anda tidak berwenang untuk tindakan ini.";
                case 404 -> "Data yang diminta tidak ditemukan.";
                case 405 -> "Metode ini tidak berlaku untuk alamat ini.";
                case 409 -> "Permintaan bertabrakan dengan perubahan lain. Muat ulang, lalu coba lagi.";
                case 415 -> "Jenis isi permintaan tidak didukung.";
                default -> null;
            };
        };
        if (message == null) {
            return null;
        }
        body.put("engineMessage", body.path("message").asText(""));
        body.put("message", message);
        body.put("status", status);
        return JSON.writeValueAsBytes(body);
    }
}
