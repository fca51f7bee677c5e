package org.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of a Kinerja cluster, started as an operator starts it: the packaged jar ({@code target/kinerja.jar}, built
 * by {@code mvn verify} before the integration tests) in its own JVM, with a node name, a port and the shared
 * PostgreSQL, profile {@code postgres}. {@link #kill()} is {@code kill -9}; {@link #start()} starts it again on the same
 * port. Its output goes to {@code target/cluster/<name>.log}, appended across restarts.
 */
public final class ClusterNode implements ClusterCycle.Node, AutoCloseable {

    public static final Path JAR = Path.of("target", "kinerja.jar");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private volatile Process process;
    private volatile boolean serving;
    private int starts;

    /**
     * A node (not yet started).
     *
     * @param jdbcUrl    the shared database
     * @param properties Spring properties for this node ({@code --key=value})
     */
    public ClusterNode(String name, String jdbcUrl, String adminPassword, Map<String, String> properties) {
        this.name = name;
        this.port = freePort();
        this.environment = new LinkedHashMap<>();
        environment.put("KINERJA_DB_URL", jdbcUrl);
        environment.put("KINERJA_DB_USER", PostgresTestServer.USER);
        environment.put("KINERJA_DB_PASSWORD", PostgresTestServer.PASSWORD);
        environment.put("KINERJA_ADMIN_PASSWORD", adminPassword);
        environment.put("KINERJA_NODE_NAME", name);
        environment.put("KINERJA_PUBLIC_BASE_URL", "http://localhost:" + port);
        this.arguments = new ArrayList<>();
        arguments.add("--spring.profiles.active=postgres");
        arguments.add("--server.port=" + port);
        arguments.add("--spring.main.banner-mode=off");
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        this.log = Path.of("target", "cluster", name + ".log");
    }

    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** The process id of the node's current JVM. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Started and ready, and not killed since: a load balancer sends it requests. */
    @Override
    public boolean isServing() {
        return serving && isAlive();
    }

    /** Starts the node's JVM and returns at once; {@link #awaitReady()} waits until it serves. */
    public ClusterNode start() {
        assertThat(JAR).as("the packaged application (mvn verify packages it before the integration tests)").exists();
        assertThat(isAlive()).as("node %s already runs", name).isFalse();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "==== start " + (++starts) + " of node " + name + " on port " + port + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the node's readiness probe answers UP (database reachable, application started). */
    public ClusterNode awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException("node " + name + " ended with exit code " + process.exitValue() + " while starting; "
                        + "see " + log.toAbsolutePath() + ":\n" + tail());
            }
            if (readiness(client) == 200) {
                serving = true;
                return this;
            }
            sleep(500);
        }
        throw new IllegalStateException("node " + name + " not ready after " + READY_TIMEOUT + "; see " + log.toAbsolutePath()
                + ":\n" + tail());
    }

    /** The HTTP status of {@code /actuator/health/readiness}, or 0 when nothing answers. */
    public int readiness(HttpClient client) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** {@code kill -9}: the JVM ends at once, in the middle of whatever it does (SIGKILL on Linux). */
    public void kill() {
        serving = false;
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** A normal shutdown (SIGTERM), as an operator stops a node. */
    public void stop() {
        serving = false;
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the node's log, for a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        Pause.millis(millis);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
