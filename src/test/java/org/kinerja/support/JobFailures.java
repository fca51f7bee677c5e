package org.kinerja.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;

/**
 * Counts every exception a job execution throws while a benchmark runs, also those the engine cannot record on the job
 * (e.g. a lost optimistic-locking race), and still logs them as the engine does. {@link #start} in
 * {@code @BeforeEach}, {@link #stop} in {@code @AfterEach}.
 */
public final class JobFailures {

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicReference<String> first = new AtomicReference<>();
    private ExecuteJobHelper.ExceptionLoggingHandler engineHandler;

    public void start() {
        engineHandler = ExecuteJobHelper.LOGGING_HANDLER;
        ExecuteJobHelper.ExceptionLoggingHandler logging = engineHandler;
        ExecuteJobHelper.LOGGING_HANDLER = (jobId, exception) -> {
            count.incrementAndGet();
            first.compareAndSet(null, "job " + jobId + ": " + exception);
            logging.exceptionWhileExecutingJob(jobId, exception);
        };
    }

    public void stop() {
        if (engineHandler != null) {
            ExecuteJobHelper.LOGGING_HANDLER = engineHandler;
        }
    }

    /** Failed job executions so far. */
    public int count() {
        return count.get();
    }

    /** The first failure, or null. */
    public String first() {
        return first.get();
    }
}
