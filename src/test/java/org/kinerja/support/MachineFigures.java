package org.kinerja.support;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks print about the machine: load, elapsed time, CPU time of this JVM and of PostgreSQL. */
public final class MachineFigures {

    private MachineFigures() {
    }

    /** The load averages over 1, 5 and 15 minutes, e.g. "2.50 5.52 7.99" ("?" where /proc cannot be read). */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    /** Seconds since {@code startNanos} ({@link System#nanoTime()}). */
    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** CPU time of this JVM, all threads (the server, the job executor, a benchmark's clients and JIT), in ns. */
    public static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time of the PostgreSQL server {@code jdbc} talks to, in ns: its postmaster with its exited children (utime,
     * stime, cutime, cstime of /proc/PID/stat) and its live backends. 0 where /proc cannot be read.
     */
    public static long postgresCpuNanos(JdbcTemplate jdbc) {
        try {
            long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
            long postmaster = Long.parseLong(stat(backend)[3]);
            String[] master = stat(postmaster);
            long ticks = Long.parseLong(master[13]) + Long.parseLong(master[14]) + Long.parseLong(master[15]) + Long.parseLong(master[16]);
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String[] s = stat(Long.parseLong(p.getFileName().toString()));
                        if (Long.parseLong(s[3]) == postmaster) {
                            ticks += Long.parseLong(s[13]) + Long.parseLong(s[14]);
                        }
                    } catch (RuntimeException | java.io.IOException e) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ 100
        } catch (Exception e) {
            return 0;
        }
    }

    /** The fields of /proc/PID/stat, numbered as in proc(5) from 0 (the name, which may hold spaces, is one field). */
    private static String[] stat(long pid) throws java.io.IOException {
        String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
        int close = line.lastIndexOf(')');
        String[] rest = line.substring(close + 2).split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = line.substring(0, line.indexOf(' '));
        fields[1] = line.substring(line.indexOf('(') + 1, close);
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }
}
