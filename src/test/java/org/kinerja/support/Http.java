package org.kinerja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the integration tests: Basic auth, JSON, multipart and cookies, against the real port. */
public final class Http {

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;

    /**
     * One client for all {@link #withoutCookies} instances. An {@link HttpClient} holds a selector thread and sockets
     * until it is garbage-collected (Java 17 has no close): a harness that made one per request ran out of file
     * descriptors in the fifth 1,000-employee kill trial (20,000 open, 9,865 clients alive), every request failing.
     */
    private static final HttpClient SHARED = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Http(int port) {
        this(port, new CookieManager());
    }

    private Http(int port, CookieManager cookies) {
        this(port, cookies, HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Http(int port, CookieManager cookies, HttpClient client) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = client;
    }

    /**
     * A client that keeps no cookies and shares one connection pool with every other such client: for the many
     * Basic-auth requests of a load or kill test, each of which would otherwise hold a client of its own.
     */
    public static Http withoutCookies(int port) {
        return new Http(port, null, SHARED);
    }

    /** The same browser (its cookies: the session, the CSRF cookie) talking to another port, e.g. another cluster node. */
    public Http onPort(int port) {
        return cookies == null ? withoutCookies(port) : new Http(port, cookies);
    }

    /** The port this client talks to. */
    public int port() {
        return URI.create(base).getPort();
    }

    /** A request in this client's session with one extra header (e.g. a page's CSRF header), no Basic login. */
    public HttpResponse<String> sendWithHeader(String method, String path, String contentType, String body, String header, String value) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").header(header, value);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies == null ? null : cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET().build());
    }

    /** A GET in this client's session (no Basic login) whose body is read as bytes, e.g. a PDF. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String path, String json, String user, String password) {
        return send("PUT", path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8), user, password);
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        return send("DELETE", path, null, null, user, password);
    }

    /** Any method, with an optional body of the given content type, as {@code user} with HTTP Basic (anonymous if null). */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String user, String password) {
        HttpRequest.Builder builder = request(path, user, password);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A multipart/form-data body with one file part; returns the content type (with its boundary) and the bytes. */
    public static Multipart multipart(String partName, String fileName, byte[] content) {
        String boundary = "kinerja-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return new Multipart("multipart/form-data; boundary=" + boundary, body);
    }

    /** A multipart body and its content type. */
    public record Multipart(String contentType, byte[] body) {
    }

    public HttpResponse<String> postMultipart(String path, String partName, String fileName, byte[] content, String user,
            String password) {
        Multipart multipart = multipart(partName, fileName, content);
        return send("POST", path, multipart.contentType(), multipart.body(), user, password);
    }

    /** Logs in to a Camunda webapp the way the browser does: fetch the CSRF cookie, then post the login form. */
    public HttpResponse<String> webappLogin(String app, String user, String password) {
        get("/camunda/app/" + app + "/default/", null, null);
        String form = "username=" + user + "&password=" + password;
        return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("X-XSRF-TOKEN", csrfToken()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Signs in on Kinerja's own login page ({@code /masuk}, with its CSRF token); the session cookie is kept. */
    public HttpResponse<String> pageLogin(String user, String password) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(get("/masuk", null, null).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /masuk");
        }
        String form = "pengguna=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&sandi="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        return send("POST", "/masuk", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), null, null);
    }

    /** A GET in the webapp session, as the Tasklist page makes it. */
    public HttpResponse<String> webappGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrfToken())
                .header("Accept", "application/json").GET().build());
    }

    /** Any method in the webapp session with the CSRF header, as the Tasklist page sends it (JSON body or none). */
    public HttpResponse<String> webappSend(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrfToken())
                .header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, text/plain;q=0.9, */*;q=0.8");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
