package org.kinerja.cluster;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} part of health and readiness, with an answer in bounded time. Spring Boot's own check borrows a
 * connection from the pool, and while PostgreSQL is away the pool waits its whole connection timeout (10 s) before it
 * gives up: longer than a load balancer waits for a probe, so the probe would time out instead of reading DOWN. This
 * check runs Spring Boot's in the background and answers DOWN when it has not finished within
 * {@code kinerja.health.database-timeout} (default 3 s). Probes that come while a check is still running wait for that
 * same check: a database outage never piles up waiting threads.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final HealthIndicator check;
    private final Duration limit;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kinerja-db-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> running;

    @Autowired
    DatabaseHealth(DataSource dataSource, @Value("${kinerja.health.database-timeout:3s}") Duration limit) {
        this(new DataSourceHealthIndicator(dataSource), limit);
    }

    DatabaseHealth(HealthIndicator check, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("kinerja.health.database-timeout harus lebih dari nol, bukan " + limit);
        }
        this.check = check;
        this.limit = limit;
    }

    @Override
    public Health health() {
        Future<Health> answer;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = executor.submit(check::health);
            }
            answer = running;
        }
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "Basis data tidak menjawab dalam " + limit.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
