package org.kinerja.notification;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ComposeDigest} of {@code MailDigestProcess}: the digest of the day in the business key (ISO date), for at
 * most half the job executor's lock time (so that no other node takes over the job while it runs). Sets
 * {@value MailDigestProcess#VAR_DONE}; when false, the process runs the task again as a new job, which goes on where
 * this one stopped.
 */
@Component("mailDigestDelegate")
class MailDigestDelegate implements JavaDelegate {

    private final MailDigest digest;
    private final MailEngine engine;

    MailDigestDelegate(MailDigest digest, MailEngine engine) {
        this.digest = digest;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long until = System.nanoTime() + engine.jobLockMillis() / 2 * 1_000_000;
        execution.setVariable(MailDigestProcess.VAR_DONE, digest.compose(LocalDate.parse(execution.getProcessBusinessKey()), until));
    }
}
