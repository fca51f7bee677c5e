package org.kinerja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the integration tests: {@code initdb} into a temporary directory, {@code pg_ctl
 * start} on a free loopback port, one per test JVM, stopped by a shutdown hook. When the JVM runs as root, the server
 * runs as the unprivileged {@code postgres} user through {@code runuser}, because PostgreSQL refuses to run as root.
 *
 * <p>It never skips: without the binaries the tests fail with the install command.
 */
public final class PostgresTestServer {

    public static final String DATABASE = "kinerja";
    public static final String USER = "kinerja";
    public static final String PASSWORD = "kinerja";
    private static final String DIR_PREFIX = "kinerja-pg-";
    private static final String INSTALL_HINT = "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH nor in "
            + "/usr/lib/postgresql/*/bin. Install them with: sudo apt-get install -y postgresql "
            + "(or run bash .ci/run, which installs them on a fresh machine).";
    private static PostgresTestServer instance;

    private final Path binDir;
    private final Path dir;
    private final boolean asRoot;
    private final int port;

    private PostgresTestServer(Path binDir, Path dir, boolean asRoot, int port) {
        this.binDir = binDir;
        this.dir = dir;
        this.asRoot = asRoot;
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresTestServer get() {
        if (instance == null) {
            long started = System.nanoTime();
            removeStaleServers();
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "postgres-test-server-stop"));
            System.out.printf("PostgreSQL test server on 127.0.0.1:%d (%s) started in %d ms%n", instance.port, instance.dir,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return instance;
    }

    /**
     * A server of its own, for a test that stops and starts it ({@link #stopServer()}, {@link #startServer()}) while
     * the other tests keep the JVM's shared one. Removed by a shutdown hook.
     */
    public static PostgresTestServer startPrivate() {
        PostgresTestServer server = start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-private-server-stop"));
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Points the application of a test at a database of its own on this server, created empty the first time
     * ({@code urlParameters} e.g. {@code "?options=..."}, or empty).
     */
    public static void registerOwnDatabase(org.springframework.test.context.DynamicPropertyRegistry registry, String database,
            String urlParameters) {
        PostgresTestServer server = get();
        synchronized (OWN_DATABASES) {
            if (OWN_DATABASES.add(database)) {
                server.createDatabase(database);
            }
        }
        registry.add("KINERJA_DB_URL", () -> server.jdbcUrl(database) + urlParameters);
        registry.add("KINERJA_DB_USER", () -> USER);
        registry.add("KINERJA_DB_PASSWORD", () -> PASSWORD);
    }

    private static final java.util.Set<String> OWN_DATABASES = new java.util.HashSet<>();

    /** Creates an empty database owned by {@value #USER}. */
    public void createDatabase(String name) {
        execute("CREATE DATABASE " + name + " OWNER " + USER);
    }

    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL on the test server failed: " + sql, e);
        }
    }

    private static PostgresTestServer start() {
        Path initdb = findInitdb().orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
        Path binDir;
        try {
            binDir = initdb.toRealPath().getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isExecutable(binDir.resolve("pg_ctl"))) {
            throw new IllegalStateException("pg_ctl is missing next to " + initdb + ". " + INSTALL_HINT);
        }
        boolean asRoot = isRoot();
        if (asRoot && run(List.of("id", "-u", "postgres"), null, 10).exitCode != 0) {
            throw new IllegalStateException("Running as root, the test server needs the unprivileged user 'postgres', which "
                    + "does not exist. Install PostgreSQL with: apt-get install -y postgresql (it creates the user).");
        }
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                Path dir = Files.createTempDirectory(DIR_PREFIX);
                Files.writeString(dir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
                if (asRoot) {
                    check(run(List.of("chown", "-R", "postgres:postgres", dir.toString()), null, 30), "chown");
                }
                PostgresTestServer server = new PostgresTestServer(binDir, dir, asRoot, freePort());
                server.initAndStart();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * {@code -Dkinerja.test.pg-statements=true}: the server loads pg_stat_statements, so that a benchmark can name the
     * statements that read most (diagnosis only; the extension is created in a database by {@link #statements}).
     */
    static final boolean STATEMENTS = Boolean.getBoolean("kinerja.test.pg-statements");

    /**
     * {@code -Dkinerja.test.pg-options="-c name=value ..."}: more server settings, for a benchmark that compares them
     * (e.g. {@code random_page_cost}); empty by default.
     */
    static final String EXTRA_OPTIONS = System.getProperty("kinerja.test.pg-options", "").trim();

    /**
     * The statements that touched the most buffers since the last call (then resets), at most {@code limit}, one line
     * each: calls, rows, buffers and the statement's start; empty unless {@link #STATEMENTS}. Inserts are left out: they
     * touch every index of their table and hide the reads that scan.
     */
    public static java.util.List<String> statements(org.springframework.jdbc.core.JdbcTemplate jdbc, int limit) {
        if (!STATEMENTS) {
            return java.util.List.of();
        }
        jdbc.execute("create extension if not exists pg_stat_statements");
        java.util.List<String> top = jdbc.query("select calls, rows, shared_blks_hit + shared_blks_read, left(regexp_replace(query, '\\s+',"
                + " ' ', 'g'), 220) from pg_stat_statements where query not ilike 'insert%' order by shared_blks_hit + shared_blks_read desc limit ?",
                (rs, i) -> String.format(java.util.Locale.ROOT, "calls %8d  rows %9d  buffers %10d  %s", rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getString(4)), limit);
        jdbc.execute("select pg_stat_statements_reset()");
        return top;
    }

    private void initAndStart() {
        Path data = dir.resolve("data");
        check(run(asUser(binDir.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"), null, 120), "initdb");
        startServer();
        execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        if (STATEMENTS) {
            // diagnosis only, on this throwaway server: creating the extension and reading everyone's statements
            execute("ALTER ROLE " + USER + " SUPERUSER");
        }
        createDatabase(DATABASE);
    }

    /** Starts the server (again) on its port and data; returns when it accepts connections. */
    public void startServer() {
        Path data = dir.resolve("data");
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
                + (STATEMENTS ? " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=2000" : "")
                + (EXTRA_OPTIONS.isEmpty() ? "" : " " + EXTRA_OPTIONS);
        Result started = run(asUser(binDir.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start"), null, 90);
        if (started.exitCode != 0) {
            throw new IllegalStateException("pg_ctl start failed: " + started.output + "\n" + readLog());
        }
    }

    /**
     * Stops the server as an outage would, keeping its data: fast mode, which disconnects every client and rolls back
     * their open transactions.
     */
    public void stopServer() {
        check(run(asUser(binDir.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "-t", "60",
                "stop"), null, 90), "pg_ctl stop");
    }

    /** Stops the server and removes its directory. Smart mode lets the application close its pool first. */
    void stop() {
        Path data = dir.resolve("data");
        Result smart = run(asUser(binDir.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "smart", "-w", "-t", "20",
                "stop"), null, 30);
        if (smart.exitCode != 0) {
            run(asUser(binDir.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), null, 30);
        }
        deleteRecursively(dir);
    }

    /** Servers left behind by test JVMs that were killed: stopped and removed. */
    private static void removeStaleServers() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith(DIR_PREFIX)).toList()) {
                Path owner = dir.resolve("owner.pid");
                long pid = Files.exists(owner) ? Long.parseLong(Files.readString(owner).trim()) : -1;
                if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Optional<Path> initdb = findInitdb();
                if (initdb.isPresent() && Files.exists(dir.resolve("data/postmaster.pid"))) {
                    Path pgCtl = initdb.get().toRealPath().getParent().resolve("pg_ctl");
                    PostgresTestServer stale = new PostgresTestServer(pgCtl.getParent(), dir, isRoot(), 0);
                    run(stale.asUser(pgCtl.toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), null, 30);
                }
                deleteRecursively(dir);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not clean up stale PostgreSQL test servers: " + e);
        }
    }

    static Optional<Path> findInitdb() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(entry, "initdb");
            if (!entry.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin/initdb")).filter(Files::isExecutable)
                        .max(Comparator.comparing(p -> versionOf(p.getParent().getParent())));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private List<String> asUser(String... command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(Arrays.asList(command));
        return full;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path workDir, int timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out: " + command);
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static void check(Result result, String what) {
        if (result.exitCode != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode + "): " + result.output);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e);
        }
    }
}
