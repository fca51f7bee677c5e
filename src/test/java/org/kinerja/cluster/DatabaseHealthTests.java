package org.kinerja.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class DatabaseHealthTests {

    @Test
    void shouldPassOnTheDatabaseCheckAnswer() {
        DatabaseHealth health = new DatabaseHealth(() -> Health.up().withDetail("database", "PostgreSQL").build(), Duration.ofSeconds(2));
        try {
            Health answer = health.health();
            assertThat(answer.getStatus()).isEqualTo(Status.UP);
            assertThat(answer.getDetails()).containsEntry("database", "PostgreSQL");
        } finally {
            health.stop();
        }
    }

    @Test
    void shouldAnswerDownInBoundedTimeWhileTheCheckHangs() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger checks = new AtomicInteger();
        DatabaseHealth health = new DatabaseHealth(() -> {
            checks.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up().build();
        }, Duration.ofMillis(200));
        try {
            long started = System.nanoTime();
            Health first = health.health();
            Health second = health.health();
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertThat(first.getStatus()).isEqualTo(Status.DOWN);
            assertThat(first.getDetails().get("error").toString()).isEqualTo("Basis data tidak menjawab dalam 200 ms");
            assertThat(second.getStatus()).isEqualTo(Status.DOWN);
            assertThat(took).as("two probes, each bounded by the limit").isLessThan(5_000);
            assertThat(checks).as("the second probe waits for the check still running, it starts no other").hasValue(1);

            release.countDown();
            Thread.sleep(100);
            assertThat(health.health().getStatus()).as("after the database answers again").isEqualTo(Status.UP);
            assertThat(checks).hasValue(2);
        } finally {
            health.stop();
        }
    }

    @Test
    void shouldReportTheCheckFailure() {
        DatabaseHealth health = new DatabaseHealth(() -> {
            throw new IllegalStateException("Connection refused");
        }, Duration.ofSeconds(2));
        try {
            Health answer = health.health();
            assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
            assertThat(answer.getDetails().get("error").toString()).contains("Connection refused");
        } finally {
            health.stop();
        }
    }
}
